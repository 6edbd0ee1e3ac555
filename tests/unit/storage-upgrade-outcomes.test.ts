import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { levelForToday } from '../../src/engine/clinical/level-today';
import { isCareSession } from '../../src/engine/clinical/care-credit';
import { readAllData } from '../../src/storage/backup';
import { applyImport } from '../../src/storage/backup-import';
import { parseBackupText } from '../../src/storage/backup-parse';
import { listCheckIns } from '../../src/storage/check-ins';
import { openFlarewiseDB, resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { listSessions } from '../../src/storage/sessions';

// Records exactly as version 3 wrote them (fixtures, not today's types).
const DAY = 86_400_000;
const T = Date.UTC(2027, 0, 11, 9);
const ex = (exerciseId: string, changes: Record<string, unknown> = {}) => ({
  exerciseId, name: exerciseId, setsPlanned: 2, setsDone: 2, repsDone: 16, secondsWorked: 80,
  skipped: false, endedEarly: false, painReports: [], stoppedForPain: false, ...changes,
});
const v3Session = (n: number, changes: Record<string, unknown> = {}) => ({
  id: `${T + n * DAY}-morning-ease`, routineId: 'morning-ease', routineName: 'Morning ease', day: new Date(T + n * DAY).toISOString().slice(0, 10),
  startedAt: T + n * DAY, endedAt: T + n * DAY + 600_000, activeSeconds: 580, completed: true, tier: 'green', level: 0,
  effort: 'about-right', stoppedForPain: [], exercises: [ex('bridge'), ex('knee-rocks')], ...changes,
});
/** A "completed" session in which every exercise was skipped: version 3 counted it. */
const SKIPPED_THROUGH = v3Session(-10, {
  id: 'skipped', exercises: [ex('bridge', { skipped: true, setsDone: 0, repsDone: 0, secondsWorked: 0 }), ex('knee-rocks', { skipped: true, setsDone: 0, repsDone: 0, secondsWorked: 0 })],
});
/** Ended at a pain stop: the stop listed on the session only (as the first version-3 records did), the rest not reached. */
const PAIN_STOP = v3Session(-9, {
  id: 'pain-stop', completed: false, stoppedForPain: ['bridge'],
  exercises: [ex('bridge', { setsDone: 0, repsDone: 3, secondsWorked: 12, endedEarly: true, painReports: [7] }), ex('knee-rocks', { setsDone: 0, repsDone: 0, secondsWorked: 0, endedEarly: true })],
});
const GOOD = [v3Session(-3), v3Session(-2), v3Session(-1)];
/** The level version 3 stored after the third good session, with its English sentence. */
const LEVEL = { routineId: 'morning-ease', level: 1, updatedAt: T - DAY, change: 'up', reason: 'Your last three sessions went well with no setbacks, so today is one step harder.' };
const CHECK_IN = {
  flare: 'none', pain: 2, fatigue: 3, hotJoints: 'none', safety: {}, date: '2027-01-11', at: T - 3_600_000, morning: 'same',
  triage: { outcome: 'none', message: 'No warning signs today.', reasons: [], unanswered: [] }, tier: { tier: 'green', reasons: [] },
};

async function createVersionThree(): Promise<void> {
  const db = await openDB(DB_NAME, 3, {
    upgrade(v3) {
      v3.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-day', 'day');
      v3.createObjectStore('checkpoint', { keyPath: 'id' });
      v3.createObjectStore('settings', { keyPath: 'key' });
      v3.createObjectStore('customRoutines', { keyPath: 'id' });
      v3.createObjectStore('checkIns', { keyPath: 'date' });
      v3.createObjectStore('levels', { keyPath: 'routineId' });
    },
  });
  for (const s of [SKIPPED_THROUGH, PAIN_STOP, ...GOOD]) await db.put('sessions', s);
  await db.put('levels', LEVEL);
  await db.put('checkIns', CHECK_IN);
  db.close();
}

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

describe('upgrading a version-3 database to today’s version (5: one outcome per exercise, levels derived)', () => {
  it('keeps every session and check-in, and gives each exercise its true outcome', async () => {
    await createVersionThree();
    const sessions = await listSessions();
    expect(sessions.map((s) => s.id)).toEqual(['skipped', 'pain-stop', ...GOOD.map((s) => s.id)]);
    // The check-in went through the hot-joint-regions step of version 4 and the triage-codes step of 7 (made at
    // 08:00 UTC on its own day, which is that day from UTC-8 to UTC+15, so made here), and is otherwise as it was.
    expect(await listCheckIns()).toEqual([{ ...CHECK_IN, hotJoints: [], triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device' }]);
    const byId = new Map(sessions.map((s) => [s.id, s]));
    expect(byId.get('skipped')?.exercises.map((e) => e.outcome)).toEqual(['skipped', 'skipped']);
    expect(byId.get('pain-stop')?.exercises.map((e) => e.outcome)).toEqual(['stopped-for-pain', 'skipped']);
    expect(byId.get(GOOD[0]!.id)?.exercises.map((e) => e.outcome)).toEqual(['done', 'done']);
    for (const s of sessions) expect(s).not.toHaveProperty('completed');
    // Field for field, nothing else changed.
    expect(byId.get('pain-stop')).toMatchObject({ day: PAIN_STOP.day, effort: 'about-right', activeSeconds: 580, level: 0, tier: 'green' });
    expect(byId.get('pain-stop')?.exercises[0]).toMatchObject({ repsDone: 3, secondsWorked: 12, painReports: [7] });
  });

  it('a skipped-through "completed" session no longer counts as care; a session ended at a pain stop does', async () => {
    await createVersionThree();
    const byId = new Map((await listSessions()).map((s) => [s.id, s]));
    expect(isCareSession(byId.get('skipped')?.exercises ?? [])).toBe(false);
    expect(isCareSession(byId.get('pain-stop')?.exercises ?? [])).toBe(true);
  });

  it('drops the stored levels and their sentences: the same level and its reason, as a code, are derived from the history', async () => {
    await createVersionThree();
    const db = await openFlarewiseDB();
    expect([...db.objectStoreNames]).not.toContain('levels');
    const level = levelForToday('morning-ease', await listSessions(), await listCheckIns(), T, '2027-01-11');
    expect(level).toEqual({ level: LEVEL.level, change: 'up', reason: 'step-up' });
  });
});

describe('importing a backup written by version 3', () => {
  const file = JSON.stringify({
    format: 'flarewise-backup', version: 1, exportedAt: '2027-01-11T10:00:00.000Z', schemaVersion: 3,
    data: { sessions: [SKIPPED_THROUGH, PAIN_STOP, ...GOOD], checkIns: [CHECK_IN], settings: [], customRoutines: [], levels: [LEVEL] },
  });

  it('reads its sessions through the same mapping as the upgrade, and leaves its levels out', async () => {
    const parsed = parseBackupText(file, T);
    if (!parsed.ok) throw new Error(`refused: ${parsed.code} ${parsed.detail}`);
    await applyImport(parsed.backup, 'replace');
    const imported = await readAllData();
    resetFlarewiseDB();
    await deleteDB(DB_NAME);
    await createVersionThree();
    const byStart = <T extends { startedAt: number }>(list: T[]) => [...list].sort((a, b) => a.startedAt - b.startedAt);
    expect(byStart(imported.sessions)).toEqual(await listSessions());
    expect(Object.keys(imported)).not.toContain('levels');
  });
});
