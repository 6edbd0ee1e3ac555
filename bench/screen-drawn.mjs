/**
 * When the app's start screen is drawn whole, timed inside the page: the frame after the welcome's heading,
 * or today's screen with its routines and its streak, is in the document. Installed before any app code runs.
 */

/** Runs in the page: the time of the frame after the start screen (welcome, or today with its streak) is whole. */
export function markScreenDrawn() {
  const drawn = () => {
    if (document.querySelector('h1')?.textContent?.includes('Welcome')) return true;
    const routines = [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Choose a routine');
    return routines && /\d+ days? of taking care/.test(document.querySelector('.progress-streak')?.textContent ?? '');
  };
  const watch = new MutationObserver(() => {
    if (!drawn()) return;
    watch.disconnect();
    requestAnimationFrame(() => { window.__screenDrawnAt = performance.now(); });
  });
  document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { childList: true, subtree: true, characterData: true }));
}

/**
 * Resolves with the ms from navigation start to that frame, once it has come (or rejects after `timeoutMs`).
 * It asks the page only after `settleMs`, and then every 250 ms, from here: a wait run inside the page (Playwright's
 * waitForFunction) compiles Playwright's own script there, a 10–25 ms task in the middle of the start being timed.
 */
export async function screenDrawnAt(page, timeoutMs = 30_000, settleMs = 1000) {
  const giveUp = Date.now() + timeoutMs;
  await new Promise((done) => setTimeout(done, settleMs));
  for (;;) {
    const at = await page.evaluate(() => window.__screenDrawnAt);
    if (at !== undefined) return at;
    if (Date.now() > giveUp) throw new Error(`the start screen was not drawn within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** A new page at a phone's size (390×844) in `chromium` (from launch-chromium.mjs), marking its start screen's draw. */
export async function phonePage(chromium) {
  await chromium.context.addInitScript(markScreenDrawn);
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

/**
 * Opens `url` as a returning visit and resolves with the ms to its start screen drawn. A returning visit is served
 * by the page's service worker: a visit it did not serve is not one, and stops the bench.
 */
export async function timeReturningVisit(page, url) {
  await page.goto(url);
  const ms = await screenDrawnAt(page);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker?.controller)))) throw new Error(`the service worker did not serve this visit to ${url}`);
  return ms;
}
