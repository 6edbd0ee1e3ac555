/** Directive name → sources. */
export declare const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>>;
/** The full policy, sent as the Content-Security-Policy response header. */
export declare const CSP_HEADER: string;
/** The same policy minus header-only directives, for the <meta> in index.html. */
export declare const CSP_META: string;
/** Security headers sent with every response from scripts/serve.mjs. */
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
