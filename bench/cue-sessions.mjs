/** One sampled session of the real app in Chromium, in a visible tab or a hidden one, on the real clock. */
import { setTimeout as sleep } from 'node:timers/promises';
import { importAppModule } from './app-modules.mjs';
import { analyseCues, longestTaskSince, sessionStart } from './cue-analysis.mjs';
import { launchChromium } from './launch-chromium.mjs';
import { installProbes, probeTimerDelayMs, readProbes } from './page-probes.mjs';

// The e2e tests' phone viewport; muted autoplay rules would otherwise depend on the Start tap alone.
const LAUNCH_ARGS = ['--window-size=390,844', '--autoplay-policy=no-user-gesture-required'];
const HEAP_SAMPLE_MS = 5000;
const SERVICE_WORKER_WAIT_MS = 10_000;
const FIRST_CUE_WAIT_MS = 10_000;

/** Opens the app, lets it settle as a returning visitor's would, and taps Start; returns when the session started. */
async function startSession(page, baseUrl, routine) {
  await page.goto(baseUrl);
  // As in the e2e tests: first run done and a green check-in today, so Start plays the full routine.
  const { seedCheckedIn } = await importAppModule('tests/e2e/seed.ts');
  await seedCheckedIn(page);
  // Precaching and the idle-time load of the sound module are over before a person would tap Start.
  await page.evaluate((ms) => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, ms))]), SERVICE_WORKER_WAIT_MS);
  await page.waitForLoadState('networkidle');
  const tappedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
  // Any cue will do: the first ("get ready", due at the tap itself) may be dropped if sound is slow to load.
  await page.waitForFunction(() => window.__bench.cues.length > 0, null, { timeout: FIRST_CUE_WAIT_MS });
  const probes = await readProbes(page);
  const startedAt = sessionStart(probes.cues, routine.cues, probes.clicks.at(-1) ?? probes.now);
  return { startedAt, tappedAt };
}

/** Launches a fresh Chromium, runs `body(page, context)` and always closes it. */
async function withApp(body) {
  const chromium = await launchChromium({ extraArgs: LAUNCH_ARGS });
  try {
    await installProbes(chromium.context);
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    return await body(page, chromium);
  } finally {
    await chromium.close();
  }
}

/** A visible session sampled for `seconds`: cue lateness, the longest task and the peak JS heap. */
export function runForeground({ baseUrl, routine, seconds }) {
  return withApp(async (page, { context, browser }) => {
    const { startedAt, tappedAt } = await startSession(page, baseUrl, routine);
    const cdp = await context.newCDPSession(page);
    let heapPeak = 0;
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      heapPeak = Math.max(heapPeak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      await sleep(Math.min(HEAP_SAMPLE_MS, Math.max(0, until - Date.now())));
    }
    heapPeak = Math.max(heapPeak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
    const probes = await readProbes(page);
    const cues = analyseCues({ fired: probes.cues, planned: routine.cues, startedAt, from: startedAt, to: probes.now });
    return {
      chromiumVersion: browser.version(),
      cueErrorP50Ms: cues.errorP50Ms,
      cueErrorP95Ms: cues.errorP95Ms,
      cueErrorMaxMs: cues.errorMaxMs,
      cueTimerErrorP50Ms: cues.timerErrorP50Ms,
      cueTimerErrorP95Ms: cues.timerErrorP95Ms,
      cueTimerErrorMaxMs: cues.timerErrorMaxMs,
      cueCount: cues.count,
      cuesDroppedCount: cues.droppedCount,
      cuesUnplannedCount: cues.unplannedCount,
      audibleCueCount: cues.audibleCount,
      onClockCueCount: cues.onClockCount,
      longestTaskMs: probes.longTasks ? longestTaskSince(probes.longTasks, tappedAt) : Number.NaN,
      longestLoadTaskMs: probes.longTasks ? longestTaskSince(probes.longTasks.filter((t) => t.startTime < tappedAt), 0) : Number.NaN,
      jsHeapUsedBytes: heapPeak,
    };
  });
}

/** A session started in view, then hidden behind another tab for `seconds`: what still fires, and how late. */
export function runHidden({ baseUrl, routine, seconds }) {
  return withApp(async (page, { context }) => {
    const { startedAt } = await startSession(page, baseUrl, routine);
    const cover = await context.newPage();
    await cover.bringToFront();
    await page.waitForFunction(() => document.visibilityState === 'hidden', null, { timeout: 5000 }).catch(() => {});
    const hiddenAt = await page.evaluate(() => (document.visibilityState === 'hidden' ? Date.now() : null));
    await sleep(seconds * 1000);
    const probes = await readProbes(page);
    const timerDelay = await probeTimerDelayMs(page);
    const stayedHidden = hiddenAt !== null && !probes.visibility.some((v) => v.state === 'visible' && v.at > hiddenAt);
    const from = hiddenAt ?? probes.now - seconds * 1000;
    const cues = analyseCues({ fired: probes.cues, planned: routine.cues, startedAt, from, to: probes.now });
    return {
      hiddenTabAchieved: stayedHidden ? 1 : 0,
      hiddenCueErrorP50Ms: cues.errorP50Ms,
      hiddenCueErrorP95Ms: cues.errorP95Ms,
      hiddenCueErrorMaxMs: cues.errorMaxMs,
      hiddenCueTimerErrorP50Ms: cues.timerErrorP50Ms,
      hiddenCueTimerErrorP95Ms: cues.timerErrorP95Ms,
      hiddenCueTimerErrorMaxMs: cues.timerErrorMaxMs,
      hiddenCueCount: cues.count,
      hiddenCuesExpectedCount: cues.expectedCount,
      hiddenCuesDroppedCount: cues.droppedCount,
      hiddenCuesUnplannedCount: cues.unplannedCount,
      hiddenAudibleCueCount: cues.audibleCount,
      hiddenOnClockCueCount: cues.onClockCount,
      hiddenTimerDelayMs: timerDelay,
    };
  });
}
