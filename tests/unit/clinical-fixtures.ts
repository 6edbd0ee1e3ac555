import type { Category, Dose, Exercise, Library, Position, Region, Routine, Tier } from '../../src/engine/content/content-types';
import type { Movement } from '../../src/engine/content/movement-types';
import type { CheckIn } from '../../src/engine/clinical/check-in-types';

/** A counted-reps dose. */
export function reps(sets: number, count: number, restSeconds = 30): Dose {
  return { sets, reps: count, repSeconds: 3, perSide: false, restSeconds };
}

/** A timed-hold dose. */
export function holds(sets: number, count: number, holdSeconds: number, restSeconds = 30): Dose {
  return { sets, reps: count, holdSeconds, releaseSeconds: 5, perSide: false, restSeconds };
}

/** Movement changes from lying still on the back, knees bent. */
export type MovementChange = Partial<Omit<Movement, 'spine' | 'hip' | 'load'>> & {
  spine?: Partial<Movement['spine']>; hip?: Partial<Movement['hip']>; load?: Movement['load'];
};

/** A movement: lying still on the back with the knees bent, changed by `change`. */
export function movement(change: MovementChange = {}): Movement {
  const { spine, hip, ...rest } = change;
  return {
    base: 'lying', support: 'none', moves: [], continuous: false, weightThrough: [], load: { kind: 'none', at: [] },
    impact: false, stretches: [], ...rest,
    spine: { flexion: 'none', extension: 'none', rotation: 'none', assisted: false, ...spine },
    hip: { flexionDegrees: 45, crossesMidline: false, inwardRotation: 'none', outwardRotation: 'none', extensionPastNeutral: false, ...hip },
  };
}

/** A fixture exercise with the fields planning looks at. */
export function exercise(
  id: string, category: Category, regions: Region[], move: MovementChange, tiers: Partial<Record<Tier, Dose>>,
  more: Partial<Exercise> = {},
): Exercise {
  const dose = tiers.green ?? tiers.amber ?? tiers.red ?? reps(1, 1);
  const name = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  const position: Position = move.base === 'seated' ? 'seated' : move.base === 'hands-and-knees' ? 'hands-and-knees'
    : move.base === 'forearms-and-knees' ? 'forearms-and-knees' : move.base === undefined || move.base === 'lying' ? 'lying' : 'standing';
  return {
    id, name, purpose: '', regions, category, position, equipment: ['none'], dose, tiers, movement: movement(move),
    steps: [], cues: [], mistakes: [], stopIf: [], illustration: `${id}.svg`, alt: name, ...more,
  };
}

const LEGS = ['hips', 'knees', 'ankles-feet'] as const;

/**
 * Exercises whose movements give every precaution tag and cover every category. Some carry doses for tiers
 * that never offer them (band-row in red, chair-balance in amber): the planner must not rely on content for that.
 */
export const FIXTURE_EXERCISES: Exercise[] = [
  exercise('belly-breathing', 'breathing', ['whole-body'], {}, { green: reps(1, 8), amber: reps(1, 6), red: reps(1, 4) }),
  exercise('pelvic-tilt', 'mobility', ['lower-back'], { spine: { flexion: 'mid-range' }, moves: ['hips'] },
    { green: reps(2, 10), amber: reps(1, 6), red: reps(1, 3) }),
  exercise('knee-rocking', 'mobility', ['hip', 'lower-back'], { spine: { rotation: 'mid-range' }, moves: ['hips'] },
    { green: reps(2, 10), amber: reps(1, 6), red: reps(1, 3) }),
  exercise('seated-hip-turn-in', 'mobility', ['hip'], { base: 'seated', hip: { flexionDegrees: 90, inwardRotation: 'mid-range' }, moves: ['hips'] },
    { green: reps(2, 8), amber: reps(1, 5), red: reps(1, 2) }),
  exercise('tummy-brace', 'isometric', ['core'], { load: { kind: 'isometric', at: ['spine'] } },
    { green: holds(2, 5, 10), amber: holds(1, 3, 6) }),
  exercise('sciatic-glide', 'nerve-glide', ['lower-back'], { moves: ['knees', 'ankles-feet'] }, { green: reps(1, 10), amber: reps(1, 6) }),
  exercise('knee-to-chest', 'stretch', ['lower-back', 'hip'], {
    spine: { flexion: 'mid-range', assisted: true }, hip: { flexionDegrees: 120 }, moves: ['hips', 'knees'], stretches: ['hips', 'spine'],
  }, { green: holds(1, 3, 30), amber: holds(1, 2, 20) }, { standIns: ['pelvic-tilt'] }),
  exercise('figure-four', 'stretch', ['hip'], { hip: { crossesMidline: true, outwardRotation: 'end-range' }, moves: ['hips'], stretches: ['hips'] },
    { green: holds(1, 3, 30), amber: holds(1, 2, 20) }),
  exercise('cat-stretch', 'stretch', ['upper-back'], { base: 'forearms-and-knees', hip: { flexionDegrees: 90 }, weightThrough: ['shoulders-elbows', 'knees'],
    spine: { flexion: 'mid-range' }, stretches: ['spine'] }, { green: holds(1, 4, 15), amber: holds(1, 2, 10), red: holds(1, 1, 10) }),
  exercise('hands-knees-rock', 'mobility', ['lower-back'], { base: 'hands-and-knees', hip: { flexionDegrees: 90 },
    weightThrough: ['hands-wrists', 'shoulders-elbows', 'knees'], spine: { flexion: 'end-range', extension: 'mid-range' }, moves: ['hips'] },
  { green: reps(2, 8), amber: reps(1, 5) }, { standIns: ['forearm-rock'] }),
  exercise('forearm-rock', 'mobility', ['lower-back'], { base: 'forearms-and-knees', hip: { flexionDegrees: 90 }, weightThrough: ['shoulders-elbows', 'knees'],
    spine: { flexion: 'mid-range', extension: 'mid-range' }, moves: ['hips'] }, { green: reps(2, 8), amber: reps(1, 5) }),
  exercise('twist-hold', 'stretch', ['lower-back'], { spine: { rotation: 'end-range' }, hip: { crossesMidline: true, inwardRotation: 'mid-range' },
    moves: ['hips'], stretches: ['spine'] }, { green: holds(1, 2, 20), amber: holds(1, 1, 15) }, { standIns: ['knee-rocking'] }),
  exercise('chair-lever', 'mobility', ['upper-back'], { base: 'seated', hip: { flexionDegrees: 90 }, spine: { extension: 'end-range', assisted: true } },
    { green: reps(2, 6), amber: reps(1, 4) }),
  exercise('lunge-turnout', 'stretch', ['hip'], { base: 'split-stance', weightThrough: [...LEGS], hip: { flexionDegrees: 20, extensionPastNeutral: true,
    outwardRotation: 'mid-range' }, moves: ['hips', 'knees'], stretches: ['hips'] }, { green: holds(1, 3, 20) }),
  exercise('bridge', 'strength', ['hip', 'lower-back'], { moves: ['hips'], weightThrough: ['ankles-feet'], load: { kind: 'body-weight', at: ['hips', 'knees'] } },
    { green: reps(3, 10) }),
  exercise('crunch', 'strength', ['core'], { spine: { flexion: 'mid-range', rotation: 'mid-range' }, load: { kind: 'body-weight', at: ['spine'] } },
    { green: reps(2, 8) }),
  exercise('band-row', 'strength', ['upper-back'], { base: 'seated', hip: { flexionDegrees: 90 }, moves: ['shoulders-elbows'],
    load: { kind: 'band', at: ['hands-wrists', 'shoulders-elbows'] } }, { green: reps(2, 12), amber: reps(1, 6), red: reps(1, 3) }),
  exercise('single-leg-stand', 'balance', ['whole-body'], { base: 'one-foot', support: 'counter', weightThrough: [...LEGS], hip: { flexionDegrees: 30 } },
    { green: holds(2, 3, 20) }),
  exercise('chair-balance', 'balance', ['whole-body'], { base: 'two-feet', support: 'chair', weightThrough: [...LEGS], hip: { flexionDegrees: 0 } },
    { green: holds(1, 3, 15), amber: holds(1, 2, 10), red: holds(1, 1, 5) }),
  exercise('marching', 'aerobic', ['whole-body'], { base: 'seated', hip: { flexionDegrees: 90 }, moves: ['hips', 'knees'], continuous: true },
    { green: reps(1, 20), amber: reps(1, 12) }),
  exercise('step-jacks', 'aerobic', ['whole-body', 'hip'], { base: 'two-feet', weightThrough: [...LEGS], hip: { flexionDegrees: 30 },
    moves: [...LEGS], continuous: true, impact: true }, { green: reps(2, 15) }),
  exercise('calf-ease', 'mobility', ['whole-body'], { base: 'seated', hip: { flexionDegrees: 90 }, moves: ['ankles-feet'], stretches: ['ankles-feet'] },
    { green: reps(2, 8), amber: reps(1, 5), red: reps(1, 3) }),
  exercise('arm-reach', 'mobility', ['neck-shoulders'], { base: 'seated', hip: { flexionDegrees: 90 }, moves: ['shoulders-elbows'] },
    { green: reps(2, 8), amber: reps(1, 5), red: reps(1, 3) }),
];

/** Three fixture routines; strength-basics carries dose overrides, one larger than the exercise's own. */
export const FIXTURE_ROUTINES: Routine[] = [
  { id: 'morning-mobility', name: 'Morning mobility', purpose: '', suits: '', timeOfDay: 'morning',
    warmUp: [{ exercise: 'belly-breathing' }, { exercise: 'pelvic-tilt' }],
    main: [{ exercise: 'knee-rocking' }, { exercise: 'seated-hip-turn-in' }, { exercise: 'tummy-brace' }, { exercise: 'sciatic-glide' },
      { exercise: 'cat-stretch' }, { exercise: 'hands-knees-rock' }, { exercise: 'twist-hold' }, { exercise: 'chair-lever' }, { exercise: 'arm-reach' }],
    coolDown: [{ exercise: 'knee-to-chest' }, { exercise: 'figure-four' }] },
  { id: 'strength-basics', name: 'Strength basics', purpose: '', suits: '',
    warmUp: [{ exercise: 'marching', dose: reps(1, 10) }],
    main: [{ exercise: 'bridge', dose: reps(3, 12) }, { exercise: 'crunch' }, { exercise: 'band-row', dose: reps(1, 8) },
      { exercise: 'single-leg-stand' }, { exercise: 'chair-balance' }, { exercise: 'step-jacks' }, { exercise: 'lunge-turnout' }],
    coolDown: [{ exercise: 'knee-to-chest', dose: holds(1, 2, 45) }, { exercise: 'belly-breathing' }] },
  { id: 'flare-day-gentle', name: 'Flare-day gentle', purpose: '', suits: '',
    warmUp: [{ exercise: 'belly-breathing' }],
    main: [{ exercise: 'pelvic-tilt' }, { exercise: 'knee-rocking' }, { exercise: 'arm-reach' }, { exercise: 'calf-ease' }],
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
