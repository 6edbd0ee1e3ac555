/**
 * Captures the install-sheet screenshots named in the manifest (public/screenshots/narrow.png at
 * 390x844 and wide.png at 1280x800) from the built app with the system Chromium.
 * Usage: npm run build && node scripts/screenshots.mjs [--route /?action=today]
 * Then build again so dist/ carries the new images.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The manifest's screenshots: these sizes must match vite.config.ts. */
export const SCREENSHOTS = Object.freeze([
  { file: 'public/screenshots/narrow.png', width: 390, height: 844 },
  { file: 'public/screenshots/wide.png', width: 1280, height: 800 },
]);

/** The route to capture: --route /path, default "/". */
function routeFromArgs(argv) {
  const index = argv.indexOf('--route');
  return index === -1 ? '/' : argv[index + 1] ?? '/';
}

/** Captures every screenshot of route from a server rooted at dist/. */
async function main() {
  if (!existsSync(`${ROOT}dist/index.html`)) {
    console.error('dist/ is missing: run npm run build first.');
    process.exit(1);
  }
  const route = routeFromArgs(process.argv.slice(2));
  const server = await startServer({ root: `${ROOT}dist`, port: 0 });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS] });
  try {
    await mkdir(`${ROOT}public/screenshots`, { recursive: true });
    for (const shot of SCREENSHOTS) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: 1,
        colorScheme: 'light',
        reducedMotion: 'reduce',
        serviceWorkers: 'block', // capture what the server ships, not an older cached copy
      });
      const page = await context.newPage();
      await page.goto(new URL(route, server.url).href, { waitUntil: 'networkidle' });
      await page.locator('main').first().waitFor();
      await page.screenshot({ path: `${ROOT}${shot.file}` });
      await context.close();
      console.log(`${shot.file} (${shot.width}x${shot.height}, route ${route})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
