// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/content/validate';
import { EXERCISE_FILE, baseExercise, expectError, validate } from './content-validate-fixtures';

describe('validateLibrary: the fields of an exercise', () => {
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
