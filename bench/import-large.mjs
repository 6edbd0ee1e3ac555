/**
 * A large backup brought back through the Data screen in Chromium: five years of ten sessions a day (about
 * 19 MB of JSON), from the tap on "Replace everything" to "Your backup is back in place.", with the longest
 * main-thread task on the page meanwhile. The file is read and checked in a worker and written in slices, so
 * the progress bar keeps moving: the target is no task over 50 ms. Median of 3 fresh browsers.
 * Usage: node bench/import-large.mjs [--dist dist] [--runs 3] [--out bench/results.json]   (merges its figures)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve.mjs';
import { historyFile, importThroughDataScreen } from './history-file.mjs';
import { launchChromium } from './launch-chromium.mjs';
import { median } from './stats.mjs';

const { values: options } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, out: { type: 'string', default: 'bench/results.json' } },
});
const SESSIONS_PER_DAY = 10;
const HOUR_MS = 3_600_000;

/** The five-year backup with each day's session repeated through the day, each with its own id and time. */
function largeFile() {
  const backup = JSON.parse(historyFile());
  backup.data.sessions = backup.data.sessions.flatMap((session) => Array.from({ length: SESSIONS_PER_DAY }, (_, n) => ({
    ...session, id: `${session.startedAt + n * HOUR_MS}-${session.routineId}`,
    startedAt: session.startedAt + n * HOUR_MS, endedAt: session.endedAt + n * HOUR_MS,
  })));
  return JSON.stringify(backup, null, 1);
}

/** Keeps every long task of the tab, and when each page began, in sessionStorage: the app restarts itself after an import. */
function recordLongTasks() {
  const pages = JSON.parse(sessionStorage.getItem('bench-pages') ?? '[]');
  sessionStorage.setItem('bench-pages', JSON.stringify([...pages, performance.timeOrigin]));
  new PerformanceObserver((list) => {
    const kept = JSON.parse(sessionStorage.getItem('bench-long-tasks') ?? '[]');
    for (const entry of list.getEntries()) kept.push({ at: performance.timeOrigin + entry.startTime, ms: entry.duration });
    sessionStorage.setItem('bench-long-tasks', JSON.stringify(kept));
  }).observe({ type: 'longtask' });
}

async function measureOnce(baseUrl, file) {
  const chromium = await launchChromium();
  try {
    await chromium.context.addInitScript(recordLongTasks);
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    await page.setViewportSize({ width: 390, height: 844 });
    let tappedAt = 0;
    const importMs = await importThroughDataScreen(page, baseUrl, file, () => { tappedAt = Date.now(); });
    const { tasks, pages } = await page.evaluate(() => ({
      tasks: JSON.parse(sessionStorage.getItem('bench-long-tasks') ?? '[]'), pages: JSON.parse(sessionStorage.getItem('bench-pages') ?? '[]'),
    }));
    // While the progress shows: from the tap until the app restarts itself on the imported data. The restarted
    // page opening on all those records is reported apart.
    const restart = pages.find((began) => began > tappedAt) ?? Number.POSITIVE_INFINITY;
    const longest = (list) => Math.round(Math.max(0, ...list.map((task) => task.ms)));
    const whileImporting = tasks.filter((task) => task.at >= tappedAt - 5 && task.at < restart);
    const afterRestart = tasks.filter((task) => task.at >= restart);
    return {
      largeImportMs: importMs, largeImportLongestTaskMs: longest(whileImporting), largeImportRestartLongestTaskMs: longest(afterRestart),
      // Each long task as "ms after the tap: duration".
      longTasks: tasks.filter((task) => task.at >= tappedAt - 5).map((task) => `${Math.round(task.at - tappedAt)}: ${Math.round(task.ms)}`),
      restartedAfterMs: Math.round(restart - tappedAt),
    };
  } finally {
    await chromium.close();
  }
}

const text = largeFile();
const folder = await mkdtemp(join(tmpdir(), 'flarewise-backup-'));
const file = { path: join(folder, 'flarewise-backup.json') };
await writeFile(file.path, text);
console.error(`Backup of ${(text.length / 1e6).toFixed(1)} MB`);
const server = await startServer({ root: resolve(options.dist), port: 0 });
const runs = [];
try {
  await new Promise((done) => setTimeout(done, 3000)); // the server compresses its files as it starts
  for (let run = 1; run <= Number(options.runs); run++) {
    runs.push(await measureOnce(server.url, file));
    console.error(`  run ${run}: ${JSON.stringify(runs.at(-1))}`);
  }
} finally {
  await server.close();
  await rm(folder, { recursive: true, force: true });
}
const figures = {
  largeImportBytes: text.length,
  largeImportMs: Math.round(median(runs.map((r) => r.largeImportMs))),
  largeImportLongestTaskMs: Math.round(median(runs.map((r) => r.largeImportLongestTaskMs))),
  largeImportRestartLongestTaskMs: Math.round(median(runs.map((r) => r.largeImportRestartLongestTaskMs))),
};
console.log(figures);
const results = JSON.parse(await readFile(options.out, 'utf8').catch(() => '{}'));
await writeFile(options.out, `${JSON.stringify({
  ...results,
  metrics: { ...results.metrics, ...figures },
  targets: { ...results.targets, largeImportLongestTaskMs: 50 },
  runs: { ...results.runs, largeImport: runs },
}, null, 2)}\n`);
