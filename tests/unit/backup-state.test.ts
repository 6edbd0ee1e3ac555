import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { createData, type DataDeps } from '../../src/state/create-data';
import { describePreview } from '../../src/state/data-words';
import type { ImportPreview } from '../../src/engine/records/backup';

const store = (incoming: number, added: number, current = 0) => ({ incoming, added, alreadyHere: incoming - added, current });
const preview: ImportPreview = {
  sessions: store(125, 120, 5), checkIns: store(30, 30), customRoutines: store(3, 3), settings: store(0, 0),
};

function fakes(overrides: Partial<DataDeps> = {}): DataDeps {
  return {
    readPersistence: async () => ({ supported: true, persisted: false, usageBytes: 0, quotaBytes: 0 }),
    requestPersistence: async () => false,
    exportBackup: async () => ({ fileName: 'flarewise-backup-2027-03-01.json', text: '{}', type: 'application/json' }),
    exportCsv: async () => ({ fileName: 'x.csv', text: '', type: 'text/csv' }),
    checkFile: async () => ({ ok: true, preview, customRoutines: [] }),
    applyImport: vi.fn(async () => undefined),
    countRecords: async () => ({ sessions: 5, checkIns: 0, customRoutines: 0, settings: 2 }),
    eraseAll: vi.fn(async () => undefined),
    download: vi.fn(),
    restart: vi.fn(),
    hasExercise: (id) => id !== 'retired-exercise',
    ...overrides,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the data screen state', () => {
  it('shows a dry run in words before anything is written', () => {
    expect(describePreview(preview).adds).toBe('Adding what is missing brings in 120 sessions, 30 check-ins, and 3 custom routines.');
    expect(describePreview(preview).already).toBe('5 sessions already here will be kept as they are.');
  });

  it('writes only after Merge or Replace is chosen, then restarts on the data screen', async () => {
    const deps = fakes();
    await createRoot(async (dispose) => {
      const data = createData(deps);
      await data.chooseFile(new File(['{}'], 'b.json'));
      expect(data.importStep().step).toBe('ready');
      expect(deps.applyImport).not.toHaveBeenCalled();
      await data.confirmImport('merge');
      expect(deps.applyImport).toHaveBeenCalledWith('merge', expect.any(Function));
      expect(deps.restart).toHaveBeenCalledWith('/settings/data?imported=1');
      dispose();
    });
  });

  it('shows how far the import has got while the records are written', async () => {
    let report: (done: number, total: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    const deps = fakes({ applyImport: (_mode, progress) => new Promise<void>((resolve) => { report = progress; finish = resolve; }) });
    await createRoot(async (dispose) => {
      const data = createData(deps);
      await data.chooseFile(new File(['{}'], 'b.json'));
      const writing = data.confirmImport('replace');
      expect(data.importStep()).toEqual({ step: 'working', mode: 'replace', done: 0, total: 0 });
      report(1800, 3652);
      expect(data.importStep()).toEqual({ step: 'working', mode: 'replace', done: 1800, total: 3652 });
      finish();
      await writing;
      expect(deps.restart).toHaveBeenCalledWith('/settings/data?imported=1');
      dispose();
    });
  });

  it('shows why a file was refused, and why a write failed, without restarting', async () => {
    const deps = fakes({
      checkFile: async () => ({ ok: false, code: 'forbidden-key', detail: '__proto__' }),
    });
    await createRoot(async (dispose) => {
      const data = createData(deps);
      await data.chooseFile(new File(['{}'], 'b.json'));
      expect(data.importStep()).toEqual({
        step: 'refused', reason: 'This file was not used: it holds something a backup never holds, which could be harmful. Nothing has changed.',
        detail: '__proto__',
      });
      dispose();
    });
    const failing = fakes({ applyImport: async () => { throw new DOMException('full', 'QuotaExceededError'); } });
    await createRoot(async (dispose) => {
      const data = createData(failing);
      await data.chooseFile(new File(['{}'], 'b.json'));
      await data.confirmImport('replace');
      expect(data.importStep()).toMatchObject({ step: 'failed', reason: expect.stringMatching(/storage is full.*Nothing has changed/) });
      expect(failing.restart).not.toHaveBeenCalled();
      dispose();
    });
  });

  it('brings in a routine that names an exercise this version lacks whole, and says which is missing', async () => {
    const routine = { id: 'custom-1', name: 'Evening hips', purpose: '', suits: '', warmUp: [{ exercise: 'retired-exercise' }], main: [{ exercise: 'bridge' }], coolDown: [] };
    const deps = fakes({ checkFile: async () => ({ ok: true, preview, customRoutines: [routine] }) });
    await createRoot(async (dispose) => {
      const data = createData(deps);
      await data.chooseFile(new File(['{}'], 'b.json'));
      expect(data.importStep()).toMatchObject({ step: 'ready', missing: [{ routine: 'Evening hips', exercises: ['retired-exercise'] }] });
      await data.confirmImport('merge');
      expect(deps.applyImport).toHaveBeenCalledWith('merge', expect.any(Function));
      dispose();
    });
  });

  it('saves a backup through a download and says so; says when the browser will not keep the data', async () => {
    const deps = fakes();
    await createRoot(async (dispose) => {
      const data = createData(deps);
      await data.saveBackup();
      expect(deps.download).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'flarewise-backup-2027-03-01.json' }));
      expect(data.status()).toBe('Backup saved: flarewise-backup-2027-03-01.json.');
      await data.keepData();
      expect(data.keepRefused()).toBe(true);
      await tick();
      expect(data.counts()?.sessions).toBe(5);
      dispose();
    });
  });
});
