import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Routine } from '../../src/engine/content/content-types';
import { createRoutineDraft } from '../../src/state/create-routine-draft';
import { FIXTURE_LIBRARY, fixtureExercise, reps } from './clinical-fixtures';

const draftOf = (initial?: Pick<Routine, 'warmUp' | 'main' | 'coolDown'>) => createRoot(() => createRoutineDraft(initial, FIXTURE_LIBRARY));
const ids = (items: readonly { exercise: string }[]) => items.map((item) => item.exercise);

describe('the draft of a routine being built', () => {
  it('opens a routine saved with everything in main as it was, and saves it back unchanged', () => {
    const old = { warmUp: [], main: [{ exercise: 'bridge', dose: reps(2, 8) }, { exercise: 'crunch' }], coolDown: [] };
    const draft = draftOf(old);
    expect(ids(draft.parts.main)).toEqual(['bridge', 'crunch']);
    expect(draft.toSave()).toEqual({
      warmUp: [], coolDown: [],
      main: [{ exercise: 'bridge', dose: reps(2, 8) }, { exercise: 'crunch', dose: fixtureExercise('crunch').dose }],
    });
  });

  it('loads each of the three parts back into its own part', () => {
    const saved = { warmUp: [{ exercise: 'crunch', dose: reps(1, 5) }], main: [{ exercise: 'bridge', dose: reps(2, 8) }], coolDown: [{ exercise: 'crunch', dose: reps(1, 3) }] };
    expect(draftOf(saved).toSave()).toEqual(saved);
  });

  it('adds to the chosen part, moves an item into the warm-up keeping its key and dose, and saves plain data', () => {
    const draft = draftOf();
    draft.add('main', 'crunch', reps(1, 5));
    draft.add('main', 'bridge', reps(3, 10));
    draft.add('coolDown', 'crunch', reps(1, 3));
    const key = draft.parts.main[0]?.key;
    draft.setDose({ part: 'main', index: 0 }, reps(1, 4));
    expect(draft.move({ part: 'main', index: 0 }, -1)).toEqual({ part: 'warmUp', index: 0 });
    expect(draft.parts.warmUp[0]?.key).toBe(key);
    expect(draft.move({ part: 'warmUp', index: 0 }, -1)).toBeUndefined();
    draft.remove({ part: 'coolDown', index: 0 });
    const saved = draft.toSave();
    expect(saved).toEqual({ warmUp: [{ exercise: 'crunch', dose: reps(1, 4) }], main: [{ exercise: 'bridge', dose: reps(3, 10) }], coolDown: [] });
    // IndexedDB stores by structured clone, which a store proxy would fail.
    expect(structuredClone(saved)).toEqual(saved);
    expect(draft.count()).toBe(2);
  });

  it('keeps an exercise the library lacks where it was, so saving an imported routine never shortens it', () => {
    const imported = { warmUp: [{ exercise: 'retired-stretch' }], main: [{ exercise: 'bridge', dose: reps(2, 8) }, { exercise: 'gone', dose: reps(1, 4) }], coolDown: [] };
    const draft = draftOf(imported);
    expect(ids(draft.parts.warmUp)).toEqual(['retired-stretch']);
    expect(draft.toSave()).toEqual(imported);
    draft.remove({ part: 'main', index: 1 });
    expect(draft.toSave().main).toEqual([{ exercise: 'bridge', dose: reps(2, 8) }]);
  });
});
