import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import type { Routine } from '../../src/engine/content/content-types';
import { deleteCustomRoutine, listCustomRoutines, saveCustomRoutine } from '../../src/storage/custom-routines';
import { isCustomRoutineId } from '../../src/engine/records/custom-routine';
import { resetFlarewiseDB } from '../../src/storage/db';
import { loadProfile, saveProfile } from '../../src/storage/profile';
import { writeSetting } from '../../src/storage/setting';
import { DB_NAME } from '../../src/storage/schema';

const routine = (id: string, name: string): Routine => ({
  id, name, purpose: 'Mine.', suits: '', warmUp: [], coolDown: [],
  main: [{ exercise: 'knee-rocks', dose: { sets: 1, reps: 6, repSeconds: 4, perSide: false, restSeconds: 30 } }],
});

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

describe('custom routines', () => {
  it('keeps a saved routine, dose and all, across a reload', async () => {
    await saveCustomRoutine(routine('custom-a', 'Hips'));
    resetFlarewiseDB();
    expect(await listCustomRoutines()).toEqual([routine('custom-a', 'Hips')]);
  });

  it('lists by name, replaces on a second save and deletes by id', async () => {
    await saveCustomRoutine(routine('custom-a', 'Zed'));
    await saveCustomRoutine(routine('custom-b', 'Alpha'));
    await saveCustomRoutine(routine('custom-a', 'Middle'));
    expect((await listCustomRoutines()).map((r) => r.name)).toEqual(['Alpha', 'Middle']);
    await deleteCustomRoutine('custom-b');
    expect((await listCustomRoutines()).map((r) => r.id)).toEqual(['custom-a']);
  });

  it('a routine that cannot be stored leaves nothing behind', async () => {
    const broken = { ...routine('custom-x', 'X'), bad: () => 1 } as Routine;
    await expect(saveCustomRoutine(broken)).rejects.toThrow();
    expect(await listCustomRoutines()).toEqual([]);
  });

  it('tells the user\'s routines from the bundled ones by id', () => {
    expect(isCustomRoutineId('custom-a')).toBe(true);
    expect(isCustomRoutineId('morning-stiffness')).toBe(false);
  });
});

describe('precaution profile', () => {
  it('starts with nothing set and remembers what the user ticks', async () => {
    expect(await loadProfile()).toEqual(EMPTY_PROFILE);
    await saveProfile({ ...EMPTY_PROFILE, steroidsLongTerm: true });
    resetFlarewiseDB();
    expect(await loadProfile()).toEqual({ ...EMPTY_PROFILE, steroidsLongTerm: true });
  });

  it('loads a profile saved before the newer items with those items unticked and the hip approach "not sure"', async () => {
    const old = { steroidsLongTerm: true, osteoporosis: false, vertebralFracture: false, avnHip: false, hipReplacement: true,
      clearedBySpecialist: false, bloodThinners: true, raynauds: false, photosensitivity: false };
    await writeSetting('profile', old);
    resetFlarewiseDB();
    expect(await loadProfile()).toEqual({ ...old, hipReplacementApproach: 'not-sure', immunosuppressants: false,
      antiphospholipid: false, activeMyositis: false, handArthritis: false });
  });
});
