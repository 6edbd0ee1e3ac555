/** The JS and CSS files index.html loads at once (module scripts, modulepreloads, stylesheets), relative to dist/. */
export function initialAssets(html: string): { js: string[]; css: string[] };
/** Sizes of the build in dist: initial and lazy JS gzip bytes, CSS, precache bytes and entries. */
export function measureBundle(dist: string): Promise<Record<string, number>>;
