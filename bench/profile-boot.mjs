/**
 * Profiles the app's start in Chromium: a first visit (the welcome) or a returning visit on five years of
 * history (today's screen), with the page's CPU slowed like a mid-range phone. Prints each long task, the
 * time from navigation to the screen drawn whole, and what ran in each task (bench/boot-trace.mjs).
 * A tool for finding what blocks the main thread at start, not a benchmark figure.
 * Usage: node bench/profile-boot.mjs [--dist dist] [--visit first|returning] [--slowdown 4] [--wait 4000] [--min 20]
 * Build with `npx vite build --minify false --outDir /tmp/x` for readable function names.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve.mjs';
import { historyFile, importThroughDataScreen } from './history-file.mjs';
import { launchChromium } from './launch-chromium.mjs';
import { markScreenDrawn, screenDrawnAt } from './screen-drawn.mjs';
import { longTasksOf, startTrace } from './boot-trace.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' }, visit: { type: 'string', default: 'first' },
    slowdown: { type: 'string', default: '4' }, wait: { type: 'string', default: '4000' }, min: { type: 'string', default: '20' },
  },
});

/** Runs in the page: when the document and its scripts arrived, and the first paint. */
function describeLoading() {
  const [nav] = performance.getEntriesByType('navigation');
  const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') || r.name.endsWith('.css'));
  const paint = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
  const ms = (n) => Math.round(n ?? Number.NaN);
  const lastScript = Math.max(0, ...scripts.filter((r) => r.startTime < (paint?.startTime ?? Infinity)).map((r) => r.responseEnd));
  return `document ${ms(nav.responseStart)}–${ms(nav.responseEnd)} ms, ${scripts.length} scripts and styles (last before paint in at ${ms(lastScript)} ms),`
    + ` DOMContentLoaded ${ms(nav.domContentLoadedEventEnd)} ms, first paint ${ms(paint?.startTime)} ms`;
}

const server = await startServer({ root: resolve(values.dist), port: 0 });
const chromium = await launchChromium({ extraArgs: ['--window-size=390,844'] });
try {
  await sleep(3000); // the server compresses its files as it starts
  await chromium.context.addInitScript(markScreenDrawn);
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  if (values.visit === 'returning') {
    await importThroughDataScreen(page, server.url, historyFile());
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await sleep(2000);
  }
  const cdp = await chromium.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.slowdown) });
  const trace = await startTrace(cdp);
  await page.goto(server.url);
  await sleep(Number(values.wait));
  const events = await trace.stop();
  const drawnAt = await screenDrawnAt(page);
  console.log(`${values.visit} visit at ${values.slowdown}× slower CPU: ${page.url()}`);
  console.log(`screen drawn whole at ${Math.round(drawnAt ?? Number.NaN)} ms`);
  console.log(await page.evaluate(describeLoading));
  if (process.env.SHOW_REQUESTS) console.log(await page.evaluate(() => performance.getEntriesByType('resource').map((r) => `${Math.round(r.startTime)}-${Math.round(r.responseEnd)} ${r.name.split('/').pop()}`).join('\n')));
  console.log(`long tasks of ${values.min} ms or more (start ms, duration ms, what ran, top functions by self time):`);
  for (const task of longTasksOf(events, server.url, Number(values.min))) {
    console.log(`${String(Math.round(task.startMs)).padStart(6)} ${String(Math.round(task.durationMs)).padStart(5)}  ${task.what.join(' | ')}`);
    console.log(`               ${task.top.join(' | ')}`);
  }
} finally {
  await chromium.close();
  await server.close();
}
