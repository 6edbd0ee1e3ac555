import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { planSession } from '../../src/engine/session/session-plan';
import { startSession, tick } from '../../src/engine/session/session';
import { summariseSession } from '../../src/engine/session/session-summary';
import { clearCheckpoint, loadCheckpoint, saveCheckpoint } from '../../src/storage/checkpoint';
import { resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { completeSession, listSessions } from '../../src/storage/sessions';
import { loadPreferences, savePreferences } from '../../src/storage/settings';
import { DEFAULT_PREFERENCES } from '../../src/engine/records/settings';
import type { Dose, Exercise } from '../../src/engine/content/content-types';

const dose: Dose = { sets: 1, reps: 2, repSeconds: 3, perSide: false, restSeconds: 0 };
const exercise = { id: 'a', name: 'A', dose } as Exercise;
const plan = planSession([{ exercise, dose }]);
const T0 = 1_800_000_000_000;

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

describe('storage', () => {
  it('keeps the session in progress across a reload, exactly as it was', async () => {
    const state = tick(startSession(plan, T0), T0 + 6000).state;
    await saveCheckpoint('morning', 'Morning', state, T0 + 6000);
    resetFlarewiseDB();
    const saved = await loadCheckpoint();
    expect(saved).toMatchObject({ routineId: 'morning', routineName: 'Morning', savedAt: T0 + 6000 });
    expect(saved?.state).toEqual(state);
    await clearCheckpoint();
    expect(await loadCheckpoint()).toBeUndefined();
  });

  it('saving a finished session also clears the checkpoint', async () => {
    const state = tick(startSession(plan, T0), T0 + plan.totalMs).state;
    await saveCheckpoint('morning', 'Morning', state, T0);
    const summary = summariseSession(state, T0 + plan.totalMs);
    await completeSession({
      ...summary, id: 's1', routineId: 'morning', routineName: 'Morning', day: '2027-01-15', tier: 'green', level: 0,
    });
    expect(await loadCheckpoint()).toBeUndefined();
    expect((await listSessions()).map((s) => [s.id, s.exercises.every((e) => e.outcome === 'done')])).toEqual([['s1', true]]);
  });

  it('a failed session save leaves the checkpoint in place', async () => {
    const state = startSession(plan, T0);
    await saveCheckpoint('morning', 'Morning', state, T0);
    const broken = { id: 's1', routineId: 'm', routineName: 'M', day: 'd', bad: () => 1 } as never;
    await expect(completeSession(broken)).rejects.toThrow();
    expect(await loadCheckpoint()).toBeDefined();
    expect(await listSessions()).toEqual([]);
  });

  it('remembers sound preferences, with defaults for anything never set', async () => {
    expect(await loadPreferences()).toEqual(DEFAULT_PREFERENCES);
    await savePreferences({ ...DEFAULT_PREFERENCES, voice: false, volume: 0.4 });
    resetFlarewiseDB();
    expect(await loadPreferences()).toMatchObject({ voice: false, volume: 0.4, sound: true });
  });
});
