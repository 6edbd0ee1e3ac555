import type { Category, Dose, Exercise, Library, PrecautionTag, Region, Routine, Tier } from '../../src/engine/content/content-types';
import type { CheckIn } from '../../src/engine/clinical/check-in-types';

/** A counted-reps dose. */
export function reps(sets: number, count: number, restSeconds = 30): Dose {
  return { sets, reps: count, repSeconds: 3, perSide: false, restSeconds };
}

/** A timed-hold dose. */
export function holds(sets: number, count: number, holdSeconds: number, restSeconds = 30): Dose {
  return { sets, reps: count, holdSeconds, releaseSeconds: 5, perSide: false, restSeconds };
}

/** A fixture exercise with the fields planning looks at. */
export function exercise(
  id: string, category: Category, regions: Region[], tags: PrecautionTag[], tiers: Partial<Record<Tier, Dose>>,
): Exercise {
  const dose = tiers.green ?? tiers.amber ?? tiers.red ?? reps(1, 1);
  const name = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return {
    id, name, purpose: '', regions, category, position: 'lying', equipment: ['none'], dose, tiers, tags,
    steps: [], cues: [], mistakes: [], stopIf: [], illustration: `${id}.svg`, alt: name,
  };
}

/** At least 10 exercises covering every precaution tag and every category. */
export const FIXTURE_EXERCISES: Exercise[] = [
  exercise('belly-breathing', 'breathing', ['whole-body'], [], { green: reps(1, 8), amber: reps(1, 6), red: reps(1, 4) }),
  exercise('pelvic-tilt', 'mobility', ['lower-back'], [], { green: reps(2, 10), amber: reps(1, 6), red: reps(1, 3) }),
  exercise('knee-rocking', 'mobility', ['hip', 'lower-back'], [], { green: reps(2, 10), amber: reps(1, 6), red: reps(1, 3) }),
  exercise('seated-hip-turn-in', 'mobility', ['hip'], ['inward-hip-rotation'], { green: reps(2, 8), amber: reps(1, 5), red: reps(1, 2) }),
  exercise('tummy-brace', 'isometric', ['core'], [], { green: holds(2, 5, 10), amber: holds(1, 3, 6), red: holds(1, 2, 5) }),
  exercise('sciatic-glide', 'nerve-glide', ['lower-back'], [], { green: reps(1, 10), amber: reps(1, 6), red: reps(1, 3) }),
  exercise('knee-to-chest', 'stretch', ['lower-back', 'hip'], ['deep-hip-flexion'], { green: holds(1, 3, 30), amber: holds(1, 2, 20), red: holds(1, 1, 10) }),
  exercise('figure-four', 'stretch', ['hip'], ['crossing-legs'], { green: holds(1, 3, 30), amber: holds(1, 2, 20) }),
  exercise('cat-stretch', 'stretch', ['upper-back'], [], { green: holds(1, 4, 15), amber: holds(1, 2, 10), red: holds(1, 1, 10) }),
  exercise('bridge', 'strength', ['hip', 'lower-back'], ['hip-loading'], { green: reps(3, 10), amber: reps(1, 5) }),
  exercise('crunch', 'strength', ['core'], ['spinal-flexion-loaded', 'flexion-rotation'], { green: reps(2, 8) }),
  exercise('band-row', 'strength', ['upper-back'], ['resistance'], { green: reps(2, 12), amber: reps(1, 6), red: reps(1, 3) }),
  exercise('single-leg-stand', 'balance', ['whole-body'], ['fall-risk'], { green: holds(2, 3, 20) }),
  exercise('chair-balance', 'balance', ['whole-body'], [], { green: holds(1, 3, 15), amber: holds(1, 2, 10), red: holds(1, 1, 5) }),
  exercise('marching', 'aerobic', ['whole-body'], [], { green: reps(1, 20), amber: reps(1, 12), red: reps(1, 3) }),
  exercise('step-jacks', 'aerobic', ['whole-body', 'hip'], ['impact', 'hip-loading'], { green: reps(2, 15), amber: reps(1, 8) }),
];

/** Three fixture routines; strength-basics carries dose overrides, one larger than the exercise's own. */
export const FIXTURE_ROUTINES: Routine[] = [
  { id: 'morning-mobility', name: 'Morning mobility', purpose: '', suits: '', timeOfDay: 'morning',
    warmUp: [{ exercise: 'belly-breathing' }, { exercise: 'pelvic-tilt' }],
    main: [{ exercise: 'knee-rocking' }, { exercise: 'seated-hip-turn-in' }, { exercise: 'tummy-brace' }, { exercise: 'sciatic-glide' }, { exercise: 'cat-stretch' }],
    coolDown: [{ exercise: 'knee-to-chest' }, { exercise: 'figure-four' }] },
  { id: 'strength-basics', name: 'Strength basics', purpose: '', suits: '',
    warmUp: [{ exercise: 'marching', dose: reps(1, 10) }],
    main: [{ exercise: 'bridge', dose: reps(3, 12) }, { exercise: 'crunch' }, { exercise: 'band-row', dose: reps(1, 8) },
      { exercise: 'single-leg-stand' }, { exercise: 'chair-balance' }, { exercise: 'step-jacks' }],
    coolDown: [{ exercise: 'knee-to-chest', dose: holds(1, 2, 45) }, { exercise: 'belly-breathing' }] },
  { id: 'flare-day-gentle', name: 'Flare-day gentle', purpose: '', suits: '',
    warmUp: [{ exercise: 'belly-breathing' }],
    main: [{ exercise: 'pelvic-tilt' }, { exercise: 'knee-rocking' }, { exercise: 'tummy-brace' }],
    coolDown: [{ exercise: 'belly-breathing' }] },
];

/** A library from exercises and routines. */
export function libraryOf(exercises: readonly Exercise[], routines: readonly Routine[]): Library {
  return {
    exercises: new Map(exercises.map((e) => [e.id, e])),
    routines: new Map(routines.map((r) => [r.id, r])),
  };
}

/** The fixture library. */
export const FIXTURE_LIBRARY = libraryOf(FIXTURE_EXERCISES, FIXTURE_ROUTINES);

/** A fixture routine by id. */
export function fixtureRoutine(id: string): Routine {
  const routine = FIXTURE_ROUTINES.find((r) => r.id === id);
  if (routine === undefined) throw new Error(`no fixture routine ${id}`);
  return routine;
}

/** A fixture exercise by id. */
export function fixtureExercise(id: string): Exercise {
  const found = FIXTURE_EXERCISES.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no fixture exercise ${id}`);
  return found;
}

/** A calm check-in with overrides. */
export function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return { flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date: '2025-03-10', at: 1_741_600_000_000, ...overrides };
}
