import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { loadSetup, saveSetup } from '../../src/storage/setup';
import { loadProfile, saveProfile } from '../../src/storage/profile';
import { loadHistoryFacts } from '../../src/storage/history';
import { loadCheckpoint } from '../../src/storage/checkpoint';
import { listCustomRoutines } from '../../src/storage/custom-routines';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';

// The database's making waits for its upgrade steps, a chunk of their own. Here the first fetch of that chunk
// waits until the first test lets it (later ones find it fetched, as a second visit would).
const upgradeChunk = vi.hoisted(() => {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => { arrive = resolve; });
  return { arrived, arrive: () => arrive() };
});
vi.mock('../../src/storage/upgrade', async (actual) => {
  await upgradeChunk.arrived;
  return actual();
});

afterEach(async () => {
  upgradeChunk.arrive();
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

const settled = <T>(promise: Promise<T>) => Promise.race([promise.then((value) => ({ value })), new Promise((done) => setTimeout(done, 200, 'waiting'))]);

describe('a first visit, while the database is being made', () => {
  it('answers the first screen’s reads at once with nothing stored, then keeps what is saved', async () => {
    const reads = Promise.all([loadSetup('112'), loadHistoryFacts('2026-12-03'), loadCheckpoint(), listCustomRoutines(), loadProfile()]);
    const [setup, today, checkpoint, routines, profile] = ((await settled(reads)) as { value: Awaited<typeof reads> }).value;
    expect(setup).toEqual({ onboarded: false, weeklyGoal: 3, emergencyNumber: '112', precautionsPending: false });
    expect(today.checkIn).toBeUndefined();
    expect(today.facts.sessions).toEqual([]);
    expect([checkpoint, routines, profile]).toEqual([undefined, [], EMPTY_PROFILE]);

    const saving = saveSetup({ ...setup, onboarded: true });
    upgradeChunk.arrive();
    await saving;
    expect((await loadSetup('112')).onboarded).toBe(true);
  });

  it('lets a read asked after a write wait for the database, and find what was written', async () => {
    const saving = saveProfile({ ...EMPTY_PROFILE, steroidsLongTerm: true });
    const reading = loadProfile();
    await saving;
    expect((await reading).steroidsLongTerm).toBe(true);
  });
});
