/** Where we look, in order, after $CHROME_PATH. */
export declare const CHROMIUM_CANDIDATES: readonly string[];
/** Flags for a quiet, deterministic headless Chromium (playwright adds --headless itself). */
export declare const CHROMIUM_ARGS: readonly string[];
/** The apt command that installs Chromium on Debian/Ubuntu. */
export declare const INSTALL_COMMAND: string;
/** The first executable Chromium found, or null. */
export declare function findChromium(env?: Record<string, string | undefined>): string | null;
/** Finds Chromium, installing it with apt when root; exits the process with advice otherwise. */
export declare function ensureChromium(): string;
