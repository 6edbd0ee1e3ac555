/**
 * Finds Debian's Firefox ESR, which the e2e suite drives through WebDriver BiDi (puppeteer-core).
 * Order: $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox. Run directly (node scripts/find-firefox.mjs)
 * it prints the path, installing Firefox ESR with apt when it is missing and we are root.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBrowser, findBrowser } from './find-chromium.mjs';

/** Where we look, in order, after $FIREFOX_PATH. */
export const FIREFOX_CANDIDATES = Object.freeze(['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** The apt command that installs Firefox ESR on Debian. */
export const FIREFOX_INSTALL_COMMAND = 'apt-get update && apt-get install -y firefox-esr';

/** The first executable Firefox found, or null. */
export function findFirefox(env = process.env) {
  return findBrowser(env.FIREFOX_PATH, FIREFOX_CANDIDATES);
}

/** Finds Firefox, installing it with apt when root; exits the process with the exact command otherwise. */
export function ensureFirefox() {
  return ensureBrowser({ name: 'Firefox', envVar: 'FIREFOX_PATH', find: findFirefox, install: FIREFOX_INSTALL_COMMAND });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(ensureFirefox());
}
