/**
 * Finds Debian's Firefox ESR, which the e2e suite drives through WebDriver BiDi (puppeteer-core).
 * Order: $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox. Run directly (node scripts/find-firefox.mjs)
 * it prints the path, installing Firefox ESR with apt when it is missing and we are root.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where we look, in order, after $FIREFOX_PATH. */
export const FIREFOX_CANDIDATES = Object.freeze(['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** The apt command that installs Firefox ESR on Debian. */
export const FIREFOX_INSTALL_COMMAND = 'apt-get update && apt-get install -y firefox-esr';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable Firefox found, or null. */
export function findFirefox(env = process.env) {
  const candidates = env.FIREFOX_PATH ? [env.FIREFOX_PATH, ...FIREFOX_CANDIDATES] : FIREFOX_CANDIDATES;
  return candidates.find(isExecutable) ?? null;
}

/** Finds Firefox, installing it with apt when root; exits the process with the exact command otherwise. */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`Firefox not found; running: ${FIREFOX_INSTALL_COMMAND}`);
    const result = spawnSync('sh', ['-c', FIREFOX_INSTALL_COMMAND], { stdio: 'inherit' });
    const installed = result.status === 0 ? findFirefox() : null;
    if (installed) return installed;
  }
  console.error(`Firefox not found. Install it with:\n  sudo ${FIREFOX_INSTALL_COMMAND}\nor set FIREFOX_PATH.`);
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(ensureFirefox());
}
