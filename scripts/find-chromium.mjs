/**
 * Finds the system Chromium that playwright-core drives (we never download a browser build).
 * Order: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome.
 * Run directly (node scripts/find-chromium.mjs) it prints the path, installing Chromium with apt
 * when it is missing and we are root.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where we look, in order, after $CHROME_PATH. */
export const CHROMIUM_CANDIDATES = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]);

/** Flags for a quiet, deterministic headless Chromium (playwright adds --headless itself). */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]);

/** The apt command that installs Chromium on Debian/Ubuntu. */
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** True when path is an executable file. */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable Chromium found, or null. */
export function findChromium(env = process.env) {
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH, ...CHROMIUM_CANDIDATES] : CHROMIUM_CANDIDATES;
  return candidates.find(isExecutable) ?? null;
}

/** Finds Chromium, installing it with apt when root; exits the process with advice otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`Chromium not found; running: ${INSTALL_COMMAND}`);
    const result = spawnSync('sh', ['-c', INSTALL_COMMAND], { stdio: 'inherit' });
    const installed = result.status === 0 ? findChromium() : null;
    if (installed) return installed;
  }
  console.error(`Chromium not found. Install it with:\n  sudo ${INSTALL_COMMAND}\nor set CHROME_PATH.`);
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(ensureChromium());
}
