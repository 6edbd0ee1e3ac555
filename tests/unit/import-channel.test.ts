import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readAllData } from '../../src/storage/backup';
import { resetFlarewiseDB } from '../../src/storage/db';
import {
  connectImportJob, serveImportJob, type FromWorker, type Port, type ToWorker,
} from '../../src/storage/import-channel';
import { createImportJob, type ImportJob } from '../../src/storage/import-job';
import { DB_NAME } from '../../src/storage/schema';
import { seed } from './backup-fixtures';

const AT = new Date('2027-03-01T10:00:00Z');

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

/** A backup of `days` days of sessions and check-ins, then an empty device. */
async function backupOfDays(days: number): Promise<Blob> {
  await seed(days);
  const text = await exportBackup(AT);
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
  return new Blob([text], { type: 'application/json' });
}

/** Two ends of a channel that deliver each message later, as a worker's would; `failing` ends report an error instead. */
function channel(failing = false): { page: Port<FromWorker, ToWorker>; worker: Port<ToWorker, FromWorker> } {
  const listeners = { page: [] as ((event: { data: FromWorker }) => void)[], worker: [] as ((event: { data: ToWorker }) => void)[] };
  const errors: (() => void)[] = [];
  const page: Port<FromWorker, ToWorker> = {
    postMessage: (data) => setTimeout(() => (failing ? errors.forEach((f) => f()) : listeners.worker.forEach((f) => f({ data })))),
    addEventListener: ((type: 'message' | 'error', listener: never) => {
      if (type === 'message') listeners.page.push(listener); else errors.push(listener);
    }) as Port<FromWorker, ToWorker>['addEventListener'],
  };
  const worker: Port<ToWorker, FromWorker> = {
    postMessage: (data) => setTimeout(() => listeners.page.forEach((f) => f({ data }))),
    addEventListener: ((type: 'message' | 'error', listener: never) => {
      if (type === 'message') listeners.worker.push(listener);
    }) as Port<ToWorker, FromWorker>['addEventListener'],
  };
  return { page, worker };
}

/** Checks and applies `file`; the progress reports, and how many records the file holds. */
async function importAll(job: ImportJob, file: Blob): Promise<{ reports: [number, number][]; records: number }> {
  const checked = await job.check(file);
  if (!checked.ok) throw new Error(`refused: ${checked.code}`);
  expect(checked.preview.sessions).toMatchObject({ incoming: 30, added: 30 });
  const reports: [number, number][] = [];
  await job.apply('replace', (done, total) => reports.push([done, total]));
  return { reports, records: Object.values(checked.preview).reduce((sum, store) => sum + store.incoming, 0) };
}

describe('importing a backup through the import worker', () => {
  it('checks the file, compares it with what is stored, then writes it and reports how far it has got', async () => {
    const file = await backupOfDays(30);
    const { page, worker } = channel();
    serveImportJob(worker);
    const { reports, records } = await importAll(connectImportJob(page), file);
    expect((await readAllData()).sessions).toHaveLength(30);
    expect(reports.at(-1)).toEqual([records, records]);
    const counts = reports.map(([done]) => done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.length).toBeGreaterThan(10);
  });

  it('says why a file was refused, and why a write failed, as the page would from its own storage', async () => {
    const { page, worker } = channel();
    serveImportJob(worker);
    const job = connectImportJob(page);
    expect(await job.check(new Blob(['{"format":"something-else"}']))).toMatchObject({ ok: false, code: 'not-backup' });
    await expect(job.apply('merge', () => undefined)).rejects.toThrow('No checked backup to import.');
    const full = new DOMException('The disk is full', 'QuotaExceededError');
    const failing = channel();
    serveImportJob(failing.worker, { check: () => Promise.reject(full), apply: () => Promise.reject(full) });
    await expect(connectImportJob(failing.page).check(new Blob(['{}']))).rejects.toMatchObject({ name: 'QuotaExceededError' });
  });

  it('does the work on the page when the worker cannot start (a browser without module workers)', async () => {
    const file = await backupOfDays(30);
    const { page } = channel(true);
    const { reports, records } = await importAll(connectImportJob(page, createImportJob), file);
    expect((await readAllData()).sessions).toHaveLength(30);
    expect(reports.at(-1)).toEqual([records, records]);
  });
});
