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

/** The first executable among $envVar's path and the candidates, or null. */
export function findBrowser(envPath, candidates) {
  return (envPath ? [envPath, ...candidates] : candidates).find(isExecutable) ?? null;
}

/**
 * Finds a browser, installing it with apt when root; exits the process with the exact command otherwise.
 * Shared by Chromium (here) and Firefox ESR (scripts/find-firefox.mjs).
 */
export function ensureBrowser({ name, envVar, find, install }) {
  const found = find();
  if (found) return found;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`${name} not found; running: ${install}`);
    const result = spawnSync('sh', ['-c', install], { stdio: 'inherit' });
    const installed = result.status === 0 ? find() : null;
    if (installed) return installed;
  }
  console.error(`${name} not found. Install it with:\n  sudo ${install}\nor set ${envVar}.`);
  process.exit(1);
}

/** The first executable Chromium found, or null. */
export function findChromium(env = process.env) {
  return findBrowser(env.CHROME_PATH, CHROMIUM_CANDIDATES);
}

/** Finds Chromium, installing it with apt when root; exits the process with advice otherwise. */
export function ensureChromium() {
  return ensureBrowser({ name: 'Chromium', envVar: 'CHROME_PATH', find: findChromium, install: INSTALL_COMMAND });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(ensureChromium());
}
