/**
 * A first visit with the phone's slowness applied for real, not simulated: Chromium's CPU slowed 4× and its network
 * held to Lighthouse's mobile figures (150 ms latency, 1.6 Mbps down, 750 kbps up), at Lighthouse's phone size. The
 * page's own Long Tasks and paint timings say whether any task over 50 ms runs between the first contentful paint
 * and idle (5 s with no long task and no request). Lighthouse's default TBT is simulated instead: it re-times the
 * tasks of an unthrottled load on a model of the page, and on this machine a page of static text with no script
 * gets 41–53 ms of it (bench/peers.mjs, its controls). This figure is the page's own.
 */
import { launchChromium } from './launch-chromium.mjs';
import { installProbes } from './page-probes.mjs';

const QUIET_MS = 5000;
const GIVE_UP_MS = 30_000;

/** Runs in the page before any app code: the first contentful paint and the largest (long tasks: page-probes.mjs). */
function recordPaints() {
  const paints = { fcp: null, lcp: null };
  Object.defineProperty(window, '__paints', { value: paints });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') paints.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) paints.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** Runs in the page: the paints, the long tasks, and when the page was last busy (a long task's or a response's end). */
function readInPage() {
  const tasks = window.__bench.longTasks.map((task) => ({ start: task.startTime, duration: task.duration }));
  const ends = [
    ...tasks.map((task) => task.start + task.duration),
    ...performance.getEntriesByType('resource').map((entry) => entry.responseEnd),
  ];
  return { ...window.__paints, tasks, lastBusy: Math.max(0, ...ends), now: performance.now() };
}

/** One first visit to `url` in a fresh Chromium: FCP, LCP and the blocking time after the first paint (ms). */
export async function measureFirstVisitTasks({ url }) {
  const chromium = await launchChromium();
  try {
    await installProbes(chromium.context);
    await chromium.context.addInitScript(recordPaints);
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    await page.setViewportSize({ width: 412, height: 823 });
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
    await page.goto(url);
    let seen;
    for (;;) {
      await new Promise((done) => setTimeout(done, 500));
      seen = await page.evaluate(readInPage);
      if (seen.fcp !== null && seen.now - seen.lastBusy >= QUIET_MS) break;
      if (seen.now > GIVE_UP_MS) throw new Error(`the first visit was not idle within ${GIVE_UP_MS / 1000} s`);
    }
    const afterPaint = seen.tasks.filter((task) => task.start >= seen.fcp);
    return {
      firstVisitFcpMs: Math.round(seen.fcp),
      firstVisitLcpMs: Math.round(seen.lcp ?? seen.fcp),
      firstVisitBlockingMs: Math.round(afterPaint.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
      firstVisitLongTasksAfterPaintCount: afterPaint.length,
      firstVisitLongestTaskBeforePaintMs: Math.round(Math.max(0, ...seen.tasks.filter((task) => task.start < seen.fcp).map((task) => task.duration))),
    };
  } finally {
    await chromium.close();
  }
}
