/**
 * Runs the end-to-end suite: finds (or installs, as root) the system Chromium and Firefox ESR, checks that dist/
 * was built, then runs vitest with tests/e2e/vitest.config.ts. Extra arguments go to vitest.
 * Usage: npm run build && node scripts/e2e.mjs [vitest args, e.g. tests/e2e/pwa.test.ts]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './find-chromium.mjs';
import { ensureFirefox } from './find-firefox.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const chromePath = ensureChromium();
const firefoxPath = ensureFirefox();
const DIST = process.env.FLAREWISE_DIST ?? `${ROOT}dist`;
if (!existsSync(`${DIST}/index.html`) || !existsSync(`${DIST}/sw.js`)) {
  console.error('dist/ is missing or incomplete: run npm run build first.');
  process.exit(1);
}

// vitest's CLI file is not in its package exports, so find it through package.json's bin field.
const vitestPackage = createRequire(import.meta.url).resolve('vitest/package.json');
const vitest = join(dirname(vitestPackage), JSON.parse(readFileSync(vitestPackage, 'utf8')).bin.vitest);
const child = spawn(
  process.execPath,
  [vitest, 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath, FIREFOX_PATH: firefoxPath } },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
