/**
 * Five years of history in a real browser (Chromium's own IndexedDB, the built app): bringing a five-year
 * backup back through the Data screen, opening the app on it (the home with its streak), and opening History
 * (streak, calendar, trends and the session list drawn). Each is timed inside the page up to the frame after
 * the screen is complete, with the longest main-thread task while History opens. The home is the median of five
 * visits served by the app's service worker after the first; each figure the median of 3 fresh browsers. The
 * same visits to a page that does nothing but read IndexedDB give the floor (homeFloorMs, bench/home-floor.mjs).
 * Usage: node bench/history-browser.mjs [--dist dist] [--runs 3] [--out bench/results.json]   (merges its figures)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve.mjs';
import { DAYS, historyFile, importThroughDataScreen } from './history-file.mjs';
import { launchChromium } from './launch-chromium.mjs';
import { phonePage, timeReturningVisit } from './screen-drawn.mjs';
import { median } from './stats.mjs';
import { measureFloor } from './home-floor.mjs';

/** Everyday visits timed in each browser, after the first one (which compiles the app's code). */
const VISITS = 5;

const { values: options } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, out: { type: 'string', default: 'bench/results.json' } },
});

/**
 * Clicks the element matched by `selector` (whose text is `text`) inside the page and resolves with the ms until
 * `doneSelector` is in the page (holding `doneText`, if given), plus the next frame; also the longest task then.
 */
function timeInPage(page, { selector, text, doneSelector, doneText = '' }) {
  return page.evaluate(({ selector, text, doneSelector, doneText }) => new Promise((resolveTime) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const target = [...document.querySelectorAll(selector)].find((el) => el.textContent?.trim() === text);
    if (!target) throw new Error(`no ${selector} "${text}"`);
    const began = performance.now();
    const finish = () => requestAnimationFrame(() => setTimeout(() => {
      observer.disconnect();
      const ms = performance.now() - began;
      resolveTime({ ms, longestTaskMs: Math.max(0, ...tasks.filter((t) => t.startTime >= began).map((t) => t.duration)) });
    }, 0));
    const watch = new MutationObserver(() => {
      const done = [...document.querySelectorAll(doneSelector)].some((el) => el.textContent?.includes(doneText));
      if (done) { watch.disconnect(); finish(); }
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    target.click();
  }), { selector, text, doneSelector, doneText });
}

/** Opens today's screen and resolves with the ms from navigation start to the frame it is drawn whole, streak included. */
async function openHome(page, baseUrl) {
  // Timed in the page (bench/screen-drawn.mjs): a round trip to this script would be counted otherwise.
  const ms = await timeReturningVisit(page, baseUrl);
  const streak = await page.locator('.progress-streak').first().innerText();
  if (!/\d+ days? of taking care/.test(streak)) throw new Error(`the home shows no streak: "${streak}"`);
  return ms;
}

/**
 * Brings `file` back through the Data screen, then waits until the service worker has cached the app: every visit
 * after that is a returning one (before, each file came from the network while the worker was still installing).
 */
async function importAndInstall(page, baseUrl, file) {
  const importMs = await importThroughDataScreen(page, baseUrl, file);
  await page.evaluate(() => navigator.serviceWorker.ready);
  return importMs;
}

/** The median of VISITS returning visits to today's screen. */
async function everydayVisits(page, baseUrl) {
  const times = [];
  for (let visit = 0; visit < VISITS; visit++) times.push(await openHome(page, baseUrl));
  return median(times);
}

/** One fresh browser: import, the first visit after it, the everyday visits, open History. */
async function measureOnce(baseUrl, file) {
  const chromium = await launchChromium();
  try {
    const page = await phonePage(chromium);
    const importMs = await importAndInstall(page, baseUrl, file);

    // The first visit after the import compiles the app's code; the visits after it are the everyday ones (the
    // browser keeps the compiled code of scripts the service worker serves).
    const afterImport = await openHome(page, baseUrl);
    const home = await everydayVisits(page, baseUrl);

    const history = await timeInPage(page, { selector: 'a', text: 'History', doneSelector: '#sessions-title' });
    if ((await page.locator('.session-list li').count()) === 0) throw new Error('History drew no sessions');
    return {
      browserImportMs: importMs, homeAfterImportMs: Math.round(afterImport), homeWithHistoryMs: Math.round(home),
      historyOpenMs: Math.round(history.ms), historyLongestTaskMs: Math.round(history.longestTaskMs),
    };
  } finally {
    await chromium.close();
  }
}

/** The same visit with one day of history, in a fresh browser: what today's screen costs with no history to speak of. */
async function measureOneDay(baseUrl) {
  const backup = JSON.parse(historyFile());
  backup.data.sessions = backup.data.sessions.slice(-1);
  backup.data.checkIns = backup.data.checkIns.slice(-1);
  const chromium = await launchChromium();
  try {
    const page = await phonePage(chromium);
    await importAndInstall(page, baseUrl, JSON.stringify(backup));
    await openHome(page, baseUrl);
    return { homeOneDayMs: Math.round(await everydayVisits(page, baseUrl)) };
  } finally {
    await chromium.close();
  }
}

const file = historyFile();
const server = await startServer({ root: resolve(options.dist), port: 0 });
const runs = [];
try {
  await new Promise((done) => setTimeout(done, 3000)); // the server compresses its files as it starts
  for (let run = 1; run <= Number(options.runs); run++) {
    runs.push({ ...(await measureOnce(server.url, file)), ...(await measureOneDay(server.url)) });
    console.error(`  history in the browser, run ${run}/${options.runs} done`);
  }
} finally {
  await server.close();
}
const figures = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, Math.round(median(runs.map((r) => r[key])))]));
// The same visit to a page that only reads one record from IndexedDB and draws (bench/home-floor.mjs).
figures.homeFloorMs = await measureFloor({ runs: Number(options.runs), visits: VISITS });
console.log(`five years in Chromium (${DAYS} sessions + ${DAYS} check-ins, ${(file.length / 1e6).toFixed(1)} MB file), median of ${runs.length}:`);
for (const [key, value] of Object.entries(figures)) {
  console.log(`  ${key.padEnd(22)} ${String(value).padStart(6)} ms`);
}

// Read, merge, write: other benchmarks own the rest of the file.
const results = JSON.parse(await readFile(options.out, 'utf8').catch(() => '{}'));
results.metrics = { ...results.metrics, ...figures };
results.settings = { ...results.settings, historyBrowserRuns: runs.length };
results.runs = { ...results.runs, historyBrowser: runs };
await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
