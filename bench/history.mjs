/**
 * Five years of daily history (a session and a check-in every day): what the history screen computes on opening
 * (read + streaks, goal, care days; rendering is not included), the history figures over what was read (care days, a
 * year of weekly trends, a five-year care report), export (read every store + serialise) and import
 * (check the file + write it in one transaction), each the median of 5 runs.
 * Runs the app's own TypeScript through Vite's SSR loader against fake-indexeddb in Node, so the figures show
 * the app's own cost; a phone's IndexedDB is slower. Targets: export ≤ 500 ms, import ≤ 1 s.
 * Usage: node bench/history.mjs [--out bench/results.json]   (merges exportMs and importMs into that file)
 */
import 'fake-indexeddb/auto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DAYS = 5 * 365 + 1;
const RUNS = 5;
const TARGETS = { historyComputeMs: 100, historyFiguresMs: 100, exportMs: 500, importMs: 1000 };
const { values: options } = parseArgs({ options: { out: { type: 'string', default: 'bench/results.json' } } });

// No config file: the app's plugins (PWA, Solid) are for the browser build, not for running storage code.
const vite = await createServer({ root: ROOT, configFile: false, logLevel: 'silent', server: { middlewareMode: true }, appType: 'custom' });
const load = (path) => vite.ssrLoadModule(path);
const { exportBackup, readAllData } = await load('/src/storage/backup.ts');
const { applyImport } = await load('/src/storage/backup-import.ts');
const { parseBackupText } = await load('/src/storage/backup-parse.ts');
const { checkInOn, sessionOn, customRoutine } = await load('/tests/unit/backup-fixtures.ts');
const { summaryOf } = await load('/src/state/progress-snapshot.ts');
const { loadHistoryFacts } = await load('/src/storage/history.ts');
const { DB_VERSION } = await load('/src/storage/schema.ts');
const { listSessions } = await load('/src/storage/sessions.ts');
const { listCheckIns } = await load('/src/storage/check-ins.ts');
const { careDayKinds, toCareRecords, weeklySeries } = await load('/src/engine/progress/history-stats.ts');
const { buildCareReport } = await load('/src/engine/report/care-report.ts');

/** The history as one backup file's text, written by this version of the app. */
function historyFile() {
  const data = {
    // Five years ending on the fixtures' first day (2026-01-01), so no check-in is in the future.
    sessions: Array.from({ length: DAYS }, (_, n) => sessionOn(n - DAYS + 1)),
    checkIns: Array.from({ length: DAYS }, (_, n) => checkInOn(n - DAYS + 1)),
    settings: [{ key: 'weeklyGoal', value: 3 }],
    customRoutines: [customRoutine(1), customRoutine(2)],
  };
  return JSON.stringify({ format: 'flarewise-backup', version: 1, exportedAt: new Date().toISOString(), schemaVersion: DB_VERSION, data });
}

async function time(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const text = historyFile();
const importTimes = [];
const exportTimes = [];
let exported = '';
for (let run = 0; run < RUNS; run++) {
  importTimes.push(await time(async () => {
    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error(`the bench file was refused: ${parsed.code} ${parsed.detail}`);
    await applyImport(parsed.backup, 'replace');
  }));
  exportTimes.push(await time(async () => { exported = await exportBackup(new Date()); }));
}
// What the history screen computes when it opens: read every session and check-in, then streaks, goal and care days.
const historyTimes = [];
for (let run = 0; run < RUNS; run++) {
  historyTimes.push(await time(async () => {
    // What a returning visit does before today's screen: the summary's facts, then the streaks and the goal.
    const { facts } = await loadHistoryFacts('2026-01-01');
    const last = facts.sessions.at(-1);
    summaryOf(last?.day ?? '2030-01-01', facts, 3, { at: Date.parse('2026-01-01T12:00:00Z'), timeZone: 'Europe/London' });
  }));
}
// The figures over the whole history, already read: care days, a year of weekly trends, and a five-year report.
const figureTimes = [];
const [allSessions, allCheckIns] = await Promise.all([listSessions(), listCheckIns()]);
const lastDay = allSessions.at(-1)?.day ?? '2030-01-01';
for (let run = 0; run < RUNS; run++) {
  figureTimes.push(await time(async () => {
    careDayKinds(toCareRecords(allSessions, allCheckIns));
    weeklySeries(allSessions, allCheckIns, lastDay, '1y');
    buildCareReport(allSessions, allCheckIns, allSessions[0]?.day ?? lastDay, lastDay, 3);
  }));
}
const stored = await readAllData();
if (stored.sessions.length !== DAYS || stored.checkIns.length !== DAYS) throw new Error('the import did not store every day');
await vite.close();

const figures = {
  historyComputeMs: Math.round(median(historyTimes)), historyFiguresMs: Math.round(median(figureTimes)), exportMs: Math.round(median(exportTimes)), importMs: Math.round(median(importTimes)),
};
console.log(`five years (${DAYS} sessions + ${DAYS} check-ins, ${(exported.length / 1e6).toFixed(1)} MB file), median of ${RUNS}:`);
for (const [key, value] of Object.entries(figures)) {
  console.log(`  ${key.padEnd(16)} ${String(value).padStart(6)} ms   target ≤ ${TARGETS[key]} ms   ${value <= TARGETS[key] ? 'met' : 'MISSED'}`);
}

// Read, merge, write: other benchmarks own the rest of the file.
const out = options.out;
const results = JSON.parse(await readFile(out, 'utf8').catch(() => '{}'));
results.metrics = { ...results.metrics, ...figures };
results.targets = { ...results.targets, ...TARGETS };
results.settings = { ...results.settings, historyDays: DAYS, historyRuns: RUNS, historyStorage: 'fake-indexeddb in Node' };
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
