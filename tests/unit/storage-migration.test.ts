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

describe('upgrading the database from version 1', () => {
  it('keeps every session, the checkpoint and the settings, and adds the custom routines store', async () => {
    await createVersionOne();
    const db = await openFlarewiseDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['checkpoint', 'customRoutines', 'sessions', 'settings']);
    expect(await db.getAll('sessions')).toEqual(SESSIONS);
    expect(await db.getAllFromIndex('sessions', 'by-day', '2027-01-15')).toEqual([SESSIONS[1]]);
    expect(await db.get('checkpoint', 'current')).toEqual(CHECKPOINT);
    expect(await db.getAll('settings')).toEqual(SETTINGS);
    expect(await listCustomRoutines()).toEqual([]);
  });

  it('a fresh install gets every store at once', async () => {
    const db = await openFlarewiseDB();
    expect([...db.objectStoreNames].sort()).toEqual(['checkpoint', 'customRoutines', 'sessions', 'settings']);
  });
});
