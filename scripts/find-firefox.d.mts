/** Where we look, in order, after $FIREFOX_PATH. */
export declare const FIREFOX_CANDIDATES: readonly string[];
/** The apt command that installs Firefox ESR on Debian. */
export declare const FIREFOX_INSTALL_COMMAND: string;
/** The first executable Firefox found, or null. */
export declare function findFirefox(env?: Record<string, string | undefined>): string | null;
/** Finds Firefox, installing it with apt when root; exits the process with the exact command otherwise. */
export declare function ensureFirefox(): string;
