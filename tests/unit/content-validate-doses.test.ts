// @vitest-environment node
import { describe, it } from 'vitest';
import { EXERCISE_FILE, expectError, validate } from './content-validate-fixtures';

describe('validateLibrary: doses and tiers', () => {
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
});
