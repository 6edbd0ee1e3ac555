import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { listCustomRoutines } from '../../src/storage/custom-routines';
import { openFlarewiseDB, resetFlarewiseDB } from '../../src/storage/db';
import { saveSessionNote } from '../../src/storage/sessions';
import { DB_NAME, DB_VERSION } from '../../src/storage/schema';

// Records as a version-1 install wrote them; the shapes are fixtures, not today's types.
const SESSIONS = [
  { id: '1-morning', routineId: 'morning', routineName: 'Morning', day: '2027-01-14', startedAt: 1, completed: true },
  { id: '2-desk', routineId: 'desk', routineName: 'Desk', day: '2027-01-15', startedAt: 2, completed: false },
];
const CHECKPOINT = { id: 'current', routineId: 'morning', routineName: 'Morning', savedAt: 3, state: { stepIndex: 4 } };
const SETTINGS = [{ key: 'preferences', value: { sound: false, volume: 0.3 } }];

const ALL_STORES = ['checkIns', 'checkpoint', 'customRoutines', 'sessions', 'settings', 'summary'];
const CUSTOM = { id: 'custom-1', name: 'Mine', purpose: 'p', suits: 's', warmUp: [], main: [{ exercise: 'bridge' }], coolDown: [] };
/**
 * Sessions as version 4 reads them: green at level 0, and "completed" replaced by what each exercise became
 * (these oldest records list no exercises, so none is counted as done).
 */
const UPGRADED = SESSIONS.map(({ completed: _completed, ...s }) => ({ ...s, tier: 'green', level: 0, exercises: [] }));

/** Creates the database exactly as version 1 did, and fills it. */
async function createVersionOne(): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(v1) {
      v1.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-day', 'day');
      v1.createObjectStore('checkpoint', { keyPath: 'id' });
      v1.createObjectStore('settings', { keyPath: 'key' });
    },
  });
  for (const session of SESSIONS) await db.put('sessions', session);
  await db.put('checkpoint', CHECKPOINT);
  for (const row of SETTINGS) await db.put('settings', row);
  db.close();
}

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

/** Creates the database as version 2 did (version 1 plus custom routines), and fills it. */
async function createVersionTwo(): Promise<void> {
  await createVersionOne();
  const db = await openDB(DB_NAME, 2, { upgrade: (v2) => void v2.createObjectStore('customRoutines', { keyPath: 'id' }) });
  await db.put('customRoutines', CUSTOM);
  db.close();
}

describe('upgrading the database from every earlier version', () => {
  it('from version 1 keeps every session, the checkpoint and the settings, and adds the new stores', async () => {
    await createVersionOne();
    const db = await openFlarewiseDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
    expect(await db.getAll('sessions')).toEqual(UPGRADED);
    expect(await db.getAllFromIndex('sessions', 'by-day', '2027-01-15')).toEqual([UPGRADED[1]]);
    expect(await db.get('checkpoint', 'current')).toEqual(CHECKPOINT);
    expect(await db.getAll('settings')).toEqual(SETTINGS);
    expect(await listCustomRoutines()).toEqual([]);
  });

  it('from version 2 keeps custom routines and every session, marking old sessions as green at level 0', async () => {
    await createVersionTwo();
    const db = await openFlarewiseDB();
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
    expect(await db.getAll('sessions')).toEqual(UPGRADED);
    expect(await listCustomRoutines()).toEqual([CUSTOM]);
    expect(await db.get('checkpoint', 'current')).toEqual(CHECKPOINT);
    expect(await db.getAll('checkIns')).toEqual([]);
  });

  it('from version 3 keeps every session and check-in as it was (levels are derived now), and a session can then take a note', async () => {
    await createVersionTwo();
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(db) { db.createObjectStore('checkIns', { keyPath: 'date' }); db.createObjectStore('levels', { keyPath: 'routineId' }); },
    });
    // A whole version-3 check-in (tier and triage were always stored with it).
    const checkIn = {
      date: '2027-01-15', at: 5, flare: 'none', pain: 2, fatigue: 3, hotJoints: 'none', safety: {},
      triage: { outcome: 'none', message: '', reasons: [], unanswered: [] }, tier: { tier: 'green', reasons: [] },
    };
    const level = { routineId: 'morning', level: 2, updatedAt: 4, change: 'up', reason: 'r' };
    for (const session of UPGRADED) await v3.put('sessions', session);
    await v3.put('checkIns', checkIn);
    await v3.put('levels', level);
    v3.close();
    const db = await openFlarewiseDB();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('sessions')).toEqual(UPGRADED);
    // Version 7: the triage keeps codes only; made at 1970 for a 2027 day, it counts as made elsewhere.
    expect(await db.getAll('checkIns')).toEqual([{ ...checkIn, hotJoints: [], triage: CALM, origin: 'imported' }]);
    // The stored level is not kept: it is derived from the history (storage-upgrade-outcomes.test.ts).
    expect([...db.objectStoreNames]).not.toContain('levels');
    expect(await listCustomRoutines()).toEqual([CUSTOM]);
    await saveSessionNote('2-desk', 'Knee sore after gardening');
    expect(await db.get('sessions', '2-desk')).toEqual({ ...UPGRADED[1], note: 'Knee sore after gardening' });
  });

  it('a fresh install gets every store at once', async () => {
    const db = await openFlarewiseDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
  });

  it('an empty database someone else made (opening it without a version) is made whole', async () => {
    const opened = await openDB(DB_NAME);
    expect([...opened.objectStoreNames]).toEqual([]);
    opened.close();
    const db = await openFlarewiseDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
  });

  it('a current database opens as it is, with its records', async () => {
    const first = await openFlarewiseDB();
    await first.put('settings', { key: 'onboarded', value: true });
    resetFlarewiseDB();
    const again = await openFlarewiseDB();
    expect(again.version).toBe(DB_VERSION);
    expect(await again.get('settings', 'onboarded')).toEqual({ key: 'onboarded', value: true });
  });
});

/** A calm triage as version 7 stores it: codes only. */
const CALM = { outcome: 'none', reasons: [], unanswered: [] };

// Check-ins as version 3 wrote them: one hot-joints answer, tier reasons in words.
const V3_CHECK_INS = [
  { date: '2027-01-14', at: 10, flare: 'none', pain: 1, fatigue: 2, hotJoints: 'none', safety: {},
    triage: { outcome: 'none', message: 'No warning signs today.', reasons: [], unanswered: [] }, tier: { tier: 'green', reasons: [] } },
  { date: '2027-01-15', at: 20, flare: 'none', pain: 2, fatigue: 2, hotJoints: 'hips', safety: {},
    triage: { outcome: 'none', message: 'No warning signs today.', reasons: [], unanswered: [] }, tier: { tier: 'red', reasons: ['hips hot or swollen'] } },
  { date: '2027-01-16', at: 30, flare: 'mild', pain: 4, fatigue: 2, hotJoints: 'other', safety: {}, morning: 'worse',
    triage: { outcome: 'none', message: 'No warning signs today.', reasons: [], unanswered: [] },
    tier: { tier: 'amber', reasons: ['mild flare', 'pain 4/10', 'hot or swollen joints'] }, timeZone: 'Europe/Paris' },
];

/** Creates the database as version 3 did, with check-ins in the old shape. */
async function createVersionThree(): Promise<void> {
  await createVersionTwo();
  const db = await openDB(DB_NAME, 3, {
    upgrade(v3) {
      v3.createObjectStore('checkIns', { keyPath: 'date' });
      v3.createObjectStore('levels', { keyPath: 'routineId' });
    },
  });
  for (const checkIn of V3_CHECK_INS) await db.put('checkIns', checkIn);
  db.close();
}

describe('hot joints become regions (version 4)', () => {
  it('keeps every check-in and turns none, hips and other joints into regions, with the tier reasons as codes', async () => {
    await createVersionThree();
    const db = await openFlarewiseDB();
    const [none, hips, other] = await db.getAll('checkIns');
    expect(none).toEqual({ ...V3_CHECK_INS[0], hotJoints: [], triage: CALM, origin: 'imported' });
    expect(hips).toEqual({ ...V3_CHECK_INS[1], hotJoints: ['hips'], triage: CALM, origin: 'imported', tier: { tier: 'red', reasons: [{ code: 'hot-joints', value: ['hips'] }] } });
    // "Other joints" never said which: every region but the hips, so that day stays amber and protects each of them.
    expect(other).toEqual({
      ...V3_CHECK_INS[2], hotJoints: ['knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows'], triage: CALM, origin: 'imported',
      tier: { tier: 'amber', reasons: [{ code: 'flare', value: 'mild' }, { code: 'pain', value: 4 },
        { code: 'hot-joints', value: ['knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows'] }] },
    });
    expect(await listCustomRoutines()).toEqual([CUSTOM]);
  });
});
