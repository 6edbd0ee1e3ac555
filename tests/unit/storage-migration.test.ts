import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { listCustomRoutines } from '../../src/storage/custom-routines';
import { openFlarewiseDB, resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME, DB_VERSION } from '../../src/storage/schema';

// Records as a version-1 install wrote them; the shapes are fixtures, not today's types.
const SESSIONS = [
  { id: '1-morning', routineId: 'morning', routineName: 'Morning', day: '2027-01-14', startedAt: 1, completed: true },
  { id: '2-desk', routineId: 'desk', routineName: 'Desk', day: '2027-01-15', startedAt: 2, completed: false },
];
const CHECKPOINT = { id: 'current', routineId: 'morning', routineName: 'Morning', savedAt: 3, state: { stepIndex: 4 } };
const SETTINGS = [{ key: 'preferences', value: { sound: false, volume: 0.3 } }];

const ALL_STORES = ['checkIns', 'checkpoint', 'customRoutines', 'sessions', 'settings'];
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

  it('a fresh install gets every store at once', async () => {
    const db = await openFlarewiseDB();
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORES);
  });
});
