/** What the bench records inside the page (installed before any app code runs), and how it reads it back. */

/** Runs in the page: keeps every cue event, click time, long task and visibility change on window.__bench. */
function recordInPage() {
  const record = { cues: [], clicks: [], longTasks: [], visibility: [] };
  Object.defineProperty(window, '__bench', { value: record });
  window.addEventListener('flarewise:cue', (event) => record.cues.push(event.detail));
  // Capture phase: the time is taken before the app's own click handler starts the session.
  window.addEventListener('click', () => record.clicks.push(Date.now()), true);
  document.addEventListener('visibilitychange', () => {
    record.visibility.push({ state: document.visibilityState, at: Date.now() });
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    record.longTasks = null; // no Long Tasks API: reported as NaN, not as "no long tasks"
  }
}

/** Installs the recorder in every page of the context. */
export async function installProbes(context) {
  await context.addInitScript(recordInPage);
}

/** Everything recorded so far, with the page's clocks read at the same moment. */
export function readProbes(page) {
  return page.evaluate(() => ({ ...window.__bench, now: Date.now(), perfNow: performance.now() }));
}

/** How late (ms) a few chained 10 ms timers fire: ~0 in a live page, up to ~1000 in a throttled one. */
export function probeTimerDelayMs(page) {
  return page.evaluate(async () => {
    let worst = 0;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 10));
      worst = Math.max(worst, performance.now() - start - 10);
    }
    return Math.round(worst);
  });
}
