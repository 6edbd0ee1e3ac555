// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type ContentError, type ContentFile, formatContentError, validateLibrary } from '../../src/content/validate';
import baseExercise from '../fixtures/content/valid/exercises/pelvic-tilt-hold.json';
import baseRoutine from '../fixtures/content/valid/exercises/routines/gentle-start.json';

const EXERCISE_FILE = 'exercises/pelvic-tilt-hold.json';
const ROUTINE_FILE = 'exercises/routines/gentle-start.json';
const ILLUSTRATIONS = new Set(['exercises/illustrations/pelvic-tilt-hold.svg']);

/** Sets (or, with undefined, deletes) the value at a field path like `tiers.amber.reps` or `main[1].dose`. */
function setPath(target: unknown, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, target as Record<string, unknown>);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

function edited(base: object, edits: Record<string, unknown>): unknown {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(edits)) setPath(copy, path, value);
  return copy;
}

function validate(edits: { exercise?: Record<string, unknown>; routine?: Record<string, unknown> } = {}) {
  return validateLibrary([
    { path: EXERCISE_FILE, data: edited(baseExercise, edits.exercise ?? {}) },
    { path: ROUTINE_FILE, data: edited(baseRoutine, edits.routine ?? {}) },
  ], ILLUSTRATIONS);
}

function expectError(errors: ContentError[], file: string, field: string, message: string): void {
  expect(errors).toContainEqual({ file, field, message: expect.stringContaining(message) });
}

/** A second, valid exercise in its own file. */
const otherExercise = (id: string, edits: Record<string, unknown> = {}): ContentFile =>
  ({ path: `exercises/${id}.json`, data: edited(baseExercise, { id, ...edits }) });

describe('validateLibrary', () => {
  it('accepts the valid fixtures, including amber and red doses that rest and release longer than green', () => {
    const { library, errors } = validate();
    expect(errors).toEqual([]);
    expect([...library.exercises.keys()]).toEqual(['pelvic-tilt-hold']);
    expect([...library.routines.keys()]).toEqual(['gentle-start']);
  });

  it.each([
    ['a missing required key', { purpose: undefined }, 'purpose', 'is required'],
    ['a string of the wrong type', { name: 5 }, 'name', 'must be a string'],
    ['a list of the wrong type', { steps: 'Lie down.' }, 'steps', 'must be a list'],
    ['a boolean of the wrong type', { 'dose.perSide': 'no' }, 'dose.perSide', 'must be true or false'],
    ['an unknown exercise key', { difficulty: 3 }, 'difficulty', 'is not a known field'],
    ['an unknown dose key', { 'dose.holdSecs': 5 }, 'dose.holdSecs', 'is not a known field'],
    ['an unknown tier', { 'tiers.yellow': baseExercise.dose }, 'tiers.yellow', 'is not a known field'],
    ['an unknown key in a tier dose', { 'tiers.amber.speed': 2 }, 'tiers.amber.speed', 'is not a known field'],
    ['an unknown region', { 'regions[1]': 'knee' }, 'regions[1]', '"knee" is not one of: lower-back'],
    ['an unknown category', { category: 'cardio' }, 'category', '"cardio" is not one of'],
    ['an unknown position', { position: 'upside-down' }, 'position', '"upside-down" is not one of'],
    ['unknown equipment', { 'equipment[0]': 'kettlebell' }, 'equipment[0]', '"kettlebell" is not one of'],
    ['an unknown tag', { 'tags[0]': 'running' }, 'tags[0]', '"running" is not one of'],
    ['no regions at all', { regions: [] }, 'regions', 'has 0 items; needs at least 1'],
    ['an empty string', { 'steps[2]': '' }, 'steps[2]', 'must not be empty'],
    ['an untrimmed string', { name: ' Pelvic tilt hold' }, 'name', 'must not start or end with white space'],
    ['an id that is not kebab-case', { id: 'Pelvic_Tilt' }, 'id', '"Pelvic_Tilt" is not kebab-case'],
    ['an id that differs from the file name', { id: 'bridge' }, 'id', 'does not match the file name pelvic-tilt-hold.json'],
    ['an easier exercise that does not exist', { easier: 'wall-bridge' }, 'easier', '"wall-bridge" is not a known exercise'],
    ['a harder exercise that is itself', { harder: 'pelvic-tilt-hold' }, 'harder', 'is this exercise itself'],
    ['a missing illustration', { illustration: 'illustrations/bridge.svg' }, 'illustration',
      'exercises/illustrations/bridge.svg does not exist'],
    ['an empty alt text', { alt: '' }, 'alt', 'must not be empty'],
  ])('refuses %s', (_rule, edits, field, message) => {
    expectError(validate({ exercise: edits }).errors, EXERCISE_FILE, field, message);
  });

  it.each([
    ['sets', 0, '0 is under the 1-set minimum'],
    ['sets', 6, '6 is over the 5-set maximum'],
    ['sets', 2.5, 'must be a whole number, not 2.5'],
    ['reps', 0, '0 is under the 1-rep minimum'],
    ['reps', 31, '31 is over the 30-rep maximum'],
    ['holdSeconds', 0, '0 is under the 1 s minimum'],
    ['holdSeconds', 600, '600 is over the 180 s maximum'],
    ['repSeconds', 21, '21 is over the 20 s maximum'],
    ['releaseSeconds', -1, '-1 is under the 0 s minimum'],
    ['releaseSeconds', 31, '31 is over the 30 s maximum'],
    ['restSeconds', 181, '181 is over the 180 s maximum'],
  ])('refuses dose.%s of %s', (key, value, message) => {
    expectError(validate({ exercise: { [`dose.${key}`]: value } }).errors, EXERCISE_FILE, `dose.${key}`, message);
  });

  it('refuses a dose with neither holdSeconds nor repSeconds, since it cannot be paced', () => {
    const { errors } = validate({ exercise: { 'dose.holdSeconds': undefined, 'dose.releaseSeconds': undefined } });
    expectError(errors, EXERCISE_FILE, 'dose', 'needs holdSeconds or repSeconds');
  });

  it.each([
    ['tiers without green', { 'tiers.green': undefined }, 'tiers.green', 'is required'],
    ['a green tier that differs from dose', { 'tiers.green.reps': 10 }, 'tiers.green.reps', '10 must equal dose.reps (8)'],
    ['an amber tier with more reps than green', { 'tiers.amber.reps': 9 }, 'tiers.amber.reps', "9 is more than green's 8"],
    ['an amber tier with more sets than green', { 'tiers.amber.sets': 3 }, 'tiers.amber.sets', "3 is more than green's 2"],
    ['a red tier holding longer than green', { 'tiers.red.holdSeconds': 6 }, 'tiers.red.holdSeconds', "6 is more than green's 5"],
    ['a red tier with more sets than amber', { 'tiers.red.sets': 2 }, 'tiers.red.sets', "2 is more than amber's 1"],
  ])('refuses %s', (_rule, edits, field, message) => {
    expectError(validate({ exercise: edits }).errors, EXERCISE_FILE, field, message);
  });

  it.each([
    ['too few steps', { steps: ['Lie down.', 'Lift.'] }, 'steps', 'has 2 items; needs 3 to 6'],
    ['too many steps', { steps: ['1', '2', '3', '4', '5', '6', '7'] }, 'steps', 'has 7 items; needs 3 to 6'],
    ['no cues', { cues: [] }, 'cues', 'has 0 items; needs 1 to 6'],
    ['too many cues', { cues: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 'cues', 'has 7 items; needs 1 to 6'],
    ['a cue of more than 6 words', { 'cues[1]': 'Squeeze your buttocks and lift them high' }, 'cues[1]',
      'too long to speak between phases'],
    ['a cue of more than 40 characters', { 'cues[0]': 'Straighten everything comfortably, unhurriedly' }, 'cues[0]',
      'too long to speak between phases'],
    ['no mistakes', { mistakes: [] }, 'mistakes', 'has 0 items; needs at least 1'],
    ['no stop signs', { stopIf: [] }, 'stopIf', 'has 0 items; needs 1 to 3'],
    ['too many stop signs', { stopIf: ['a', 'b', 'c', 'd'] }, 'stopIf', 'has 4 items; needs 1 to 3'],
    ['a stop sign every exercise already shows', { 'stopIf[0]': 'A joint becomes hot or swollen' }, 'stopIf[0]',
      'is shown for every exercise already'],
  ])('refuses %s', (_rule, edits, field, message) => {
    expectError(validate({ exercise: edits }).errors, EXERCISE_FILE, field, message);
  });

  it.each([
    ['a routine without suits', { suits: undefined }, 'suits', 'is required'],
    ['an empty routine name', { name: '' }, 'name', 'must not be empty'],
    ['an unknown routine key', { minutes: 10 }, 'minutes', 'is not a known field'],
    ['an unknown time of day', { timeOfDay: 'noon' }, 'timeOfDay', '"noon" is not one of: morning, evening, any'],
    ['a warm-up that is not a list', { warmUp: {} }, 'warmUp', 'must be a list'],
    ['an empty main section', { main: [] }, 'main', 'has 0 items; needs at least 1'],
    ['an unknown key in an item', { 'main[0].reps': 5 }, 'main[0].reps', 'is not a known field'],
    ['an item naming an unknown exercise', { 'main[1].exercise': 'wall-bridge' }, 'main[1].exercise',
      '"wall-bridge" is not a known exercise'],
    ['a dose override out of bounds', { 'main[1].dose.holdSeconds': 600 }, 'main[1].dose.holdSeconds',
      '600 is over the 180 s maximum'],
    ['a dose override that cannot be paced', { 'main[1].dose.holdSeconds': undefined }, 'main[1].dose',
      'needs holdSeconds or repSeconds'],
    ['a routine id that differs from the file name', { id: 'gentle' }, 'id',
      'does not match the file name gentle-start.json'],
  ])('refuses %s', (_rule, edits, field, message) => {
    expectError(validate({ routine: edits }).errors, ROUTINE_FILE, field, message);
  });

  it('refuses a file that is not an object, or that lies outside the content folders', () => {
    const { errors } = validateLibrary([
      { path: 'exercises/cat-cow.json', data: [] },
      { path: 'exercises/extra/cat-cow.json', data: baseExercise },
    ], ILLUSTRATIONS);
    expectError(errors, 'exercises/cat-cow.json', '', 'must be an object');
    expectError(errors, 'exercises/extra/cat-cow.json', '', 'is not where content goes');
  });

  it('refuses an id used by two files and names the first one', () => {
    const { errors } = validateLibrary([
      { path: EXERCISE_FILE, data: baseExercise },
      { path: 'exercises/bridge.json', data: baseExercise },
    ], ILLUSTRATIONS);
    expectError(errors, 'exercises/bridge.json', 'id', '"pelvic-tilt-hold" is already the id of exercises/pelvic-tilt-hold.json');
  });

  it('resolves easier and harder to other exercises', () => {
    const { library, errors } = validateLibrary([
      { path: EXERCISE_FILE, data: edited(baseExercise, { easier: 'wall-bridge' }) },
      otherExercise('wall-bridge', { harder: 'pelvic-tilt-hold' }),
    ], ILLUSTRATIONS);
    expect(errors).toEqual([]);
    expect(library.exercises.get('pelvic-tilt-hold')?.easier).toBe('wall-bridge');
  });

  it('collects every problem across files instead of stopping at the first', () => {
    const { errors } = validate({
      exercise: { 'dose.sets': 9, 'cues[0]': '', alt: undefined },
      routine: { timeOfDay: 'noon' },
    });
    expect(errors.map((error) => `${error.file} ${error.field}`)).toEqual(expect.arrayContaining([
      `${EXERCISE_FILE} dose.sets`, `${EXERCISE_FILE} cues[0]`, `${EXERCISE_FILE} alt`, `${ROUTINE_FILE} timeOfDay`,
    ]));
  });

  it('leaves out broken entries, and the ones that would point at them, but keeps the rest', () => {
    const { library, errors } = validateLibrary([
      { path: EXERCISE_FILE, data: edited(baseExercise, { 'dose.reps': 99 }) },
      otherExercise('wall-bridge', { harder: 'pelvic-tilt-hold' }),
      otherExercise('cat-cow'),
      { path: ROUTINE_FILE, data: baseRoutine },
    ], ILLUSTRATIONS);
    expectError(errors, 'exercises/wall-bridge.json', 'harder', '"pelvic-tilt-hold" has errors of its own');
    expectError(errors, ROUTINE_FILE, 'main[0].exercise', '"pelvic-tilt-hold" has errors of its own');
    expect([...library.exercises.keys()]).toEqual(['cat-cow']);
    expect(library.routines.size).toBe(0);
  });
});

describe('movement descriptions and tags (exercises/README.md, "Movement")', () => {
  /** The fixture as a standing exercise on two feet, with the tag that gives. */
  const standing = { position: 'standing', 'movement.base': 'two-feet', 'movement.weightThrough': ['hips', 'knees', 'ankles-feet'], tags: ['hip-loading'] };

  it.each([
    ['a missing movement', { movement: undefined }, 'movement', 'is required'],
    ['an unknown movement key', { 'movement.speed': 'slow' }, 'movement.speed', 'is not a known field'],
    ['an unknown base of support', { 'movement.base': 'sofa' }, 'movement.base', '"sofa" is not one of'],
    ['a missing support', { 'movement.support': undefined }, 'movement.support', 'is required'],
    ['a spine range that is not a range', { 'movement.spine.flexion': 'full' }, 'movement.spine.flexion', '"full" is not one of: none, mid-range, end-range'],
    ['a spine without its assisted flag', { 'movement.spine.assisted': undefined }, 'movement.spine.assisted', 'is required'],
    ['hip flexion past any hip', { 'movement.hip.flexionDegrees': 200 }, 'movement.hip.flexionDegrees', '200 is over the 150° maximum'],
    ['hip flexion that is not a number', { 'movement.hip.flexionDegrees': 'deep' }, 'movement.hip.flexionDegrees', 'must be a whole number'],
    ['an unknown joint region', { 'movement.moves[0]': 'toes' }, 'movement.moves[0]', '"toes" is not one of: hips'],
    ['a region listed twice', { 'movement.moves': ['hips', 'hips'] }, 'movement.moves', 'lists an entry twice'],
    ['an unknown load', { 'movement.load.kind': 'kettlebell' }, 'movement.load.kind', '"kettlebell" is not one of'],
    ['impact that is not true or false', { 'movement.impact': 'no' }, 'movement.impact', 'must be true or false'],
    ['a base that does not fit the position', { 'movement.base': 'one-foot' }, 'movement.base', '"one-foot" does not fit position "lying"'],
    ['a base whose weight is not listed', { ...standing, 'movement.weightThrough': ['hips'] }, 'movement.weightThrough',
      'base "two-feet" puts weight through knees: list it'],
    ['a load of none that is somewhere', { 'movement.load.at': ['hips'] }, 'movement.load.at', 'must be empty when load.kind is "none"'],
    ['a band load that is nowhere', { 'movement.load.kind': 'band' }, 'movement.load.at', 'must say where the band load is'],
    ['an assisted spine that does not move', { 'movement.spine.flexion': 'none', 'movement.spine.assisted': true },
      'movement.spine.assisted', 'the spine does not move'],
    ['a turning hip left out of moves', { 'movement.hip.inwardRotation': 'mid-range', 'movement.moves': [], tags: ['hip-inward-rotation'] },
      'movement.moves', '"hips" must be listed'],
    ['a continuous bout that moves nothing', { 'movement.continuous': true, 'movement.moves': [] }, 'movement.continuous', 'nothing is in moves'],
    ['a tag the movement gives but the file leaves out', { 'movement.hip.flexionDegrees': 100 }, 'tags',
      'missing "hip-flexion-past-90": the movement gives it (hip.flexionDegrees above 90; here hip.flexionDegrees = 100)'],
    ['a tag the movement does not give', { tags: ['fall-risk'] }, 'tags', '"fall-risk" is not given by the movement (it needs base "one-foot" or "heel-to-toe"'],
    ['a tag listed twice', { ...standing, tags: ['hip-loading', 'hip-loading'] }, 'tags', 'lists an entry twice'],
    ['an amber dose on resistance work', { 'movement.load': { kind: 'body-weight', at: ['hips'] }, tags: ['hip-loading', 'resistance'] },
      'tiers.amber', 'amber never offers an exercise tagged "resistance"'],
    ['a red dose on a stretch', { 'movement.stretches': ['spine'], tags: ['stretches'] }, 'tiers.red', 'red never offers an exercise tagged "stretches"'],
    ['a red dose on isometric work', { category: 'isometric' }, 'tiers.red', 'red never offers isometric work'],
    ['a stand-in that does not exist', { standIns: ['forearm-tilt'] }, 'standIns[0]', '"forearm-tilt" is not a known exercise'],
    ['a stand-in that is itself', { standIns: ['pelvic-tilt-hold'] }, 'standIns[0]', 'is this exercise itself'],
  ])('refuses %s, naming the file and the field', (_rule, edits, field, message) => {
    expectError(validate({ exercise: edits }).errors, EXERCISE_FILE, field, message);
  });

  it('accepts a standing version whose tags are exactly what its movement gives', () => {
    expect(validate({ exercise: { ...standing, 'tiers.red': undefined } }).errors).toEqual([]);
  });

  it('refuses easier and harder links that do not point back', () => {
    const { errors } = validateLibrary([
      { path: EXERCISE_FILE, data: edited(baseExercise, { easier: 'wall-bridge' }) },
      otherExercise('wall-bridge'),
    ], ILLUSTRATIONS);
    expectError(errors, EXERCISE_FILE, 'easier', '"wall-bridge" must name this exercise as its harder version');
  });
});

describe('formatContentError', () => {
  it('names the file, the field and the problem on one line', () => {
    const { errors } = validate({ exercise: { 'dose.holdSeconds': 600 } });
    expect(errors.map(formatContentError)).toContain(
      'exercises/pelvic-tilt-hold.json: dose.holdSeconds: 600 is over the 180 s maximum',
    );
  });

  it('leaves out the field when the problem is the whole file', () => {
    expect(formatContentError({ file: 'exercises/a.json', field: '', message: 'is not valid JSON' }))
      .toBe('exercises/a.json: is not valid JSON');
  });
});
