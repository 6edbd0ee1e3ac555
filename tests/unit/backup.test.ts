import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readAllData } from '../../src/storage/backup';
import { applyImport, previewImport } from '../../src/storage/backup-import';
import { parseBackupText, type ParsedBackup } from '../../src/storage/backup-parse';
import type { Backup } from '../../src/storage/backup-schema';
import { loadCheckpoint } from '../../src/storage/checkpoint';
import { openFlarewiseDB, resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME, DB_VERSION } from '../../src/storage/schema';
import { customRoutine, dayOf, dumpDatabase, seed, sessionOn } from './backup-fixtures';

const AT = new Date('2027-03-01T10:00:00Z');

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

function backupOf(parsed: ParsedBackup): Backup {
  if (!parsed.ok) throw new Error(`refused: ${parsed.code} ${parsed.detail}`);
  return parsed.backup;
}

async function wipe(): Promise<void> {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
}

describe('backup export and import', () => {
  it('refuses a file holding a check-in dated in the future, naming it, and stores nothing', async () => {
    await seed(3);
    const file = await exportBackup(AT);
    const tomorrow = file.replace(`"date":"${dayOf(2)}"`, '"date":"2026-01-05"');
    const parsed = parseBackupText(tomorrow, Date.parse('2026-01-04T12:00:00Z'));
    expect(parsed).toMatchObject({ ok: false, code: 'future-check-in', problem: { store: 'checkIns', label: '2026-01-05', kind: 'future-date' } });
    expect(parseBackupText(tomorrow, Date.parse('2026-01-05T12:00:00Z')).ok).toBe(true);
  });

  it('export, replace-import into an empty device, export again: the same file, its check-ins marked as brought in', async () => {
    await seed(40);
    const first = await exportBackup(AT);
    await wipe();
    await applyImport(backupOf(parseBackupText(first)), 'replace');
    // An imported check-in never answers its day's safety questions on this device (clinical README, section 2).
    expect(first).toContain('"origin":"device"');
    expect(await exportBackup(AT)).toBe(first.replaceAll('"origin":"device"', '"origin":"imported"'));
    expect((await readAllData()).sessions).toHaveLength(40);
  });

  it('writes one versioned file with the envelope first and without the session in progress', async () => {
    await seed(2);
    const text = await exportBackup(AT);
    expect(text.startsWith(`{"format":"flarewise-backup","version":1,"exportedAt":"2027-03-01T10:00:00.000Z","schemaVersion":${DB_VERSION},"data":{`)).toBe(true);
    expect(text).not.toContain('"checkpoint"');
    expect(Object.keys(backupOf(parseBackupText(text)).data)).toEqual(['sessions', 'checkIns', 'settings', 'customRoutines']);
  });

  it('merge adds only what is missing and keeps what is here on a clash', async () => {
    await seed(10);
    const backup = backupOf(parseBackupText(await exportBackup(AT)));
    await wipe();
    await seed(5, 8); // days 8–12: days 8 and 9 clash with the file
    await (await openFlarewiseDB()).put('customRoutines', { ...customRoutine(1), name: 'Renamed on this phone' });

    const preview = await previewImport(backup);
    expect(preview.sessions).toEqual({ incoming: 10, added: 8, alreadyHere: 2, current: 5 });
    expect(preview.customRoutines).toMatchObject({ incoming: 2, alreadyHere: 2 });
    await applyImport(backup, 'merge');
    const after = await readAllData();
    expect(after.sessions.map((s) => s.day)).toEqual([...Array(13).keys()].map((n) => sessionOn(n).day));
    expect(after.customRoutines.find((r) => r.id === 'custom-1')?.name).toBe('Renamed on this phone');
  });

  it('the dry run counts what would be added and what is already here, changing nothing', async () => {
    await seed(3);
    const backup = backupOf(parseBackupText(await exportBackup(AT)));
    await wipe();
    await seed(1, 2);
    const before = await dumpDatabase();
    const preview = await previewImport(backup);
    expect(preview.sessions).toEqual({ incoming: 3, added: 2, alreadyHere: 1, current: 1 });
    expect(preview.checkIns).toEqual({ incoming: 3, added: 2, alreadyHere: 1, current: 1 });
    expect(await dumpDatabase()).toBe(before);
  });

  it('replace removes what the file does not hold, and leaves the session in progress alone', async () => {
    await seed(2);
    const backup = backupOf(parseBackupText(await exportBackup(AT)));
    await seed(3, 10);
    await applyImport(backup, 'replace');
    const after = await readAllData();
    expect(after.sessions).toHaveLength(2);
    expect(await loadCheckpoint()).toMatchObject({ routineId: 'morning-ease' });
  });

  it('a write that fails part-way through changes nothing, in either mode', async () => {
    await seed(4);
    const backup = backupOf(parseBackupText(await exportBackup(AT)));
    const before = await dumpDatabase();
    // A value IndexedDB cannot store, after many good records: the whole transaction must roll back.
    const poisoned = { ...backup, data: { ...backup.data, customRoutines: [...backup.data.customRoutines, { id: 'custom-zzz', bad: () => 1 } as never] } };
    for (const mode of ['replace', 'merge'] as const) {
      await expect(applyImport({ ...poisoned, data: { ...poisoned.data, sessions: [sessionOn(99), ...poisoned.data.sessions] } }, mode)).rejects.toThrow();
      expect(await dumpDatabase()).toBe(before);
    }
  });

  it('keeps a session’s note through export and import, and still imports a backup from before notes existed', async () => {
    const noted = { ...sessionOn(0), note: 'Did it after a warm bath' };
    await (await openFlarewiseDB()).put('sessions', noted);
    const file = await exportBackup(AT);
    await wipe();
    await applyImport(backupOf(parseBackupText(file)), 'replace');
    expect((await readAllData()).sessions).toEqual([noted]);
    // A version 4 backup: no notes, sessions in their old shape (flags per exercise, "completed"), levels stored.
    const { exercises, ...rest } = sessionOn(0);
    const legacy = {
      ...rest, completed: true, stoppedForPain: [],
      exercises: exercises.map(({ outcome: _outcome, ...e }) => ({ ...e, skipped: false, endedEarly: false, stoppedForPain: false })),
    };
    const old = JSON.stringify({ ...JSON.parse(file), schemaVersion: 4, data: { ...JSON.parse(file).data, sessions: [legacy], levels: [] } });
    expect(old).not.toContain('note');
    expect(backupOf(parseBackupText(old)).data.sessions).toEqual([sessionOn(0)]);
  });
});
