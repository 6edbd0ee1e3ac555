/**
 * Captures screenshots from the built app with the system Chromium.
 * Manifest mode (default): the install-sheet images public/screenshots/narrow.png (390x844, the
 * player mid-exercise) and wide.png (1280x800, the home screen), or one --route /path for both.
 * --all: every screen of tests/e2e/screen-tour.mjs at phone and desktop size in light and dark,
 * saved as test-results/screenshots/<screen>-<phone|desktop>-<light|dark>.png, for looking at.
 * Usage: npm run build && node scripts/screenshots.mjs [--all | --route /?action=today]
 * Then build again so dist/ carries new manifest images.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { SCREENS, openSeededPage, showScreen } from '../tests/e2e/screen-tour.mjs';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The manifest's screenshots: these sizes must match vite.config.ts. */
export const SCREENSHOTS = Object.freeze([
  { file: 'public/screenshots/narrow.png', width: 390, height: 844, screen: 'player' },
  { file: 'public/screenshots/wide.png', width: 1280, height: 800, screen: 'home' },
]);

/** The sizes of --all. */
const SIZES = Object.freeze({ phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } });

/** The route to capture for every manifest image: --route /path, or undefined for each image's own screen. */
function routeFromArgs(argv) {
  const index = argv.indexOf('--route');
  return index === -1 ? undefined : argv[index + 1] ?? '/';
}

/** A still, seeded page at a size and colour scheme (reduced motion: no half-faded banners). */
async function openContext(browser, baseUrl, viewport, colorScheme) {
  const context = await browser.newContext({
    viewport, deviceScaleFactor: 1, colorScheme, reducedMotion: 'reduce',
    serviceWorkers: 'block', // capture what the server ships, not an older cached copy
  });
  return { context, page: await openSeededPage(context, baseUrl) };
}

/** The install-sheet images, each of its own screen (or of --route). */
async function captureManifest(browser, baseUrl, route) {
  await mkdir(`${ROOT}public/screenshots`, { recursive: true });
  for (const shot of SCREENSHOTS) {
    const { context, page } = await openContext(browser, baseUrl, { width: shot.width, height: shot.height }, 'light');
    if (route) {
      await page.goto(new URL(route, baseUrl).href, { waitUntil: 'networkidle' });
      await page.locator('main').first().waitFor();
    } else {
      await showScreen(page, baseUrl, SCREENS.find((s) => s.name === shot.screen));
    }
    await page.screenshot({ path: `${ROOT}${shot.file}` });
    await context.close();
    console.log(`${shot.file} (${shot.width}x${shot.height}, ${route ?? shot.screen})`);
  }
}

/** Every screen at both sizes in both themes, into test-results/screenshots/. */
async function captureAll(browser, baseUrl) {
  const dir = `${ROOT}test-results/screenshots`;
  await mkdir(dir, { recursive: true });
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const scheme of ['light', 'dark']) {
      const { context, page } = await openContext(browser, baseUrl, viewport, scheme);
      for (const screen of SCREENS) {
        await showScreen(page, baseUrl, screen);
        await page.screenshot({ path: `${dir}/${screen.name}-${size}-${scheme}.png` });
      }
      await context.close();
      console.log(`${SCREENS.length} screens, ${size} ${scheme}`);
    }
  }
  console.log(`saved in ${dir}`);
}

/** Serves dist/ (or FLAREWISE_DIST) and captures what the arguments ask for. */
async function main() {
  const dist = process.env.FLAREWISE_DIST ?? `${ROOT}dist`;
  if (!existsSync(`${dist}/index.html`)) {
    console.error('dist/ is missing: run npm run build first.');
    process.exit(1);
  }
  const argv = process.argv.slice(2);
  const server = await startServer({ root: dist, port: 0 });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS] });
  try {
    if (argv.includes('--all')) await captureAll(browser, server.url);
    else await captureManifest(browser, server.url, routeFromArgs(argv));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
