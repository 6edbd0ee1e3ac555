// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateLibrary } from '../../src/content/validate';
import {
  EXERCISE_FILE, ILLUSTRATIONS, baseExercise, edited, expectError, otherExercise, validate,
} from './content-validate-fixtures';

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
