// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateLibrary } from '../../src/content/validate';
import {
  EXERCISE_FILE, ILLUSTRATIONS, ROUTINE_FILE, baseExercise, baseRoutine, edited, expectError, otherExercise, validate,
} from './content-validate-fixtures';

describe('validateLibrary: routines and the library as a whole', () => {
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
