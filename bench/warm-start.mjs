/**
 * Warm offline start: a returning visitor opens the app with no network. Visit once, wait until the
 * service worker controls the page, stop the server, reload, and time navigation start → the home's
 * h1 (#home-title, drawn once today's check-in is read) is on screen and the main thread is free for a tap.
 */
import { startServer } from '../scripts/serve.mjs';
import { importAppModule } from './app-modules.mjs';
import { launchChromium } from './launch-chromium.mjs';

const HOME_TITLE = '#home-title';
const TIMEOUT_MS = 15_000;

/** Runs in the page before any app code: records when the home's h1 appears and when the next task can run after it. */
function recordStart(selector) {
  const marks = { titleAt: null, interactiveAt: null };
  Object.defineProperty(window, '__warmStart', { value: marks });
  const seen = () => {
    if (marks.titleAt !== null || !document.querySelector(selector)) return;
    marks.titleAt = performance.now();
    // First input possible: the earliest new task after the one that drew the title (input would queue behind it).
    const channel = new MessageChannel();
    channel.port1.onmessage = () => requestAnimationFrame(() => { marks.interactiveAt = performance.now(); });
    channel.port2.postMessage(null);
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

/** One warm offline start (ms from navigation start), in a fresh Chromium with its own server. */
export async function measureWarmOfflineStart({ dist }) {
  const server = await startServer({ root: dist, port: 0 });
  let serverOpen = true;
  const chromium = await launchChromium({ extraArgs: ['--window-size=390,844'] });
  try {
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    await page.goto(server.url);
    const { seedCheckedIn } = await importAppModule('tests/e2e/seed.ts');
    await seedCheckedIn(page); // a returning visitor: first run done, checked in today
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: TIMEOUT_MS });
    await page.waitForLoadState('networkidle');
    await server.close(); // offline: nothing answers at the origin any more
    serverOpen = false;
    await chromium.context.addInitScript(recordStart, HOME_TITLE);
    await page.reload();
    await page.waitForFunction(() => window.__warmStart?.interactiveAt != null, null, { timeout: TIMEOUT_MS });
    const marks = await page.evaluate(() => window.__warmStart);
    return { warmOfflineStartMs: Math.round(marks.interactiveAt), warmOfflineTitleMs: Math.round(marks.titleAt) };
  } finally {
    await chromium.close();
    if (serverOpen) await server.close();
  }
}
