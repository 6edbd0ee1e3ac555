import { describe, expect, it } from 'vitest';
import { doseForItem, doseForTier } from '../../src/engine/clinical/tier-dose';
import { exercise, fixtureExercise, holds, reps } from './clinical-fixtures';

const pelvicTilt = fixtureExercise('pelvic-tilt'); // green 2×10, amber 1×6, red 1×3
const brace = fixtureExercise('tummy-brace'); // green 2×5 holds of 10 s
const bridge = fixtureExercise('bridge'); // green 3×10 only

describe('dose per tier, one case per row of the tiers table, "dose" (README "Tiers")', () => {
  it('green → as prescribed', () => {
    expect(doseForTier(pelvicTilt, 'green', 0)).toEqual(reps(2, 10));
  });

  it('amber → about half the volume: sets halved (at least 1), fewer reps, shorter holds, longer rests', () => {
    expect(doseForTier(pelvicTilt, 'amber', 0)).toMatchObject({ sets: 1, reps: 5, restSeconds: 45 });
    const greedyAmber = exercise('greedy', 'mobility', ['core'], {}, { green: holds(3, 10, 30), amber: holds(3, 10, 30) });
    expect(doseForTier(greedyAmber, 'amber', 0)).toMatchObject({ sets: 2, reps: 5, holdSeconds: 18, restSeconds: 45 });
  });

  it('red → 1 set of 1–3 reps, whatever the exercise allows', () => {
    expect(doseForTier(pelvicTilt, 'red', 0)).toMatchObject({ sets: 1, reps: 3, restSeconds: 60 });
    const greedyRed = exercise('greedy', 'mobility', ['core'], {}, { green: reps(3, 12), red: reps(2, 8) });
    expect(doseForTier(greedyRed, 'red', 0)).toMatchObject({ sets: 1, reps: 3 });
  });

  it('a hot joint region → 1 rep of an exercise that moves it, in any tier; others keep their dose', () => {
    expect(doseForTier(fixtureExercise('knee-rocking'), 'red', 0, ['hips'])).toMatchObject({ sets: 1, reps: 1 });
    expect(doseForTier(fixtureExercise('knee-rocking'), 'green', 0, ['hips'])).toMatchObject({ sets: 1, reps: 1 });
    expect(doseForTier(fixtureExercise('arm-reach'), 'red', 0, ['hips'])).toMatchObject({ reps: 3 });
  });

  it('an exercise without a dose for the tier is not allowed in it', () => {
    expect(doseForTier(bridge, 'red', 0)).toBeUndefined();
    expect(doseForTier(fixtureExercise('crunch'), 'amber', 0)).toBeUndefined();
  });
});

describe('progression levels (README, progression)', () => {
  it('+1 in green → one more rep', () => {
    expect(doseForTier(pelvicTilt, 'green', 1)).toMatchObject({ sets: 2, reps: 11 });
  });

  it('+1 in green → 5 s longer hold for a timed exercise', () => {
    expect(doseForTier(brace, 'green', 1)).toMatchObject({ reps: 5, holdSeconds: 15 });
  });

  it('positive levels stop at the sane maxima and the level range', () => {
    expect(doseForTier(fixtureExercise('marching'), 'green', 3)).toMatchObject({ reps: 20 });
    expect(doseForTier(pelvicTilt, 'green', 9)).toMatchObject({ reps: 13 });
  });

  it('no progression in amber or red', () => {
    expect(doseForTier(pelvicTilt, 'amber', 2)).toEqual(doseForTier(pelvicTilt, 'amber', 0));
    expect(doseForTier(pelvicTilt, 'red', 3)).toEqual(doseForTier(pelvicTilt, 'red', 0));
  });

  it('−1 → one fewer rep, in every tier', () => {
    expect(doseForTier(pelvicTilt, 'green', -1)).toMatchObject({ sets: 2, reps: 9 });
    expect(doseForTier(pelvicTilt, 'amber', -1)).toMatchObject({ sets: 1, reps: 4 });
    expect(doseForTier(pelvicTilt, 'red', -1)).toMatchObject({ sets: 1, reps: 2 });
  });

  it('−2 → also one set fewer', () => {
    expect(doseForTier(pelvicTilt, 'green', -2)).toMatchObject({ sets: 1, reps: 8 });
  });

  it('−1 → 5 s shorter hold, never below 5 s', () => {
    expect(doseForTier(brace, 'green', -1)).toMatchObject({ holdSeconds: 5 });
    expect(doseForTier(brace, 'green', -3)).toMatchObject({ sets: 1, holdSeconds: 5 });
  });

  it('never drops below one rep', () => {
    expect(doseForTier(pelvicTilt, 'red', -3)).toMatchObject({ sets: 1, reps: 1 });
  });
});

describe('routine dose overrides', () => {
  it('replace the exercise dose in green', () => {
    expect(doseForItem(bridge, reps(3, 12), 'green', 0)).toEqual(reps(3, 12));
  });

  it('never lift a bad day: in amber a bigger routine dose still gives the halved prescription', () => {
    expect(doseForItem(pelvicTilt, reps(3, 12), 'amber', 0)).toMatchObject({ sets: 1, reps: 5 });
    expect(doseForItem(bridge, reps(3, 12), 'amber', 0)).toBeUndefined();
  });

  it('a smaller routine dose halves from itself in amber, so the time stays about half of that routine’s green', () => {
    expect(doseForItem(pelvicTilt, reps(1, 4), 'amber', 0)).toMatchObject({ sets: 1, reps: 2 });
  });
});

describe('breathing and relaxation', () => {
  it('are halved with the rest on an amber day, and on a red day keep their slow breaths, within 1 set of 1–3', () => {
    const breathing = exercise('long-breaths', 'breathing', ['whole-body'], {}, { green: holds(1, 4, 45), amber: holds(1, 4, 45), red: holds(1, 3, 45) });
    expect(doseForTier(breathing, 'amber', 0)).toMatchObject({ sets: 1, reps: 2, holdSeconds: 27 });
    expect(doseForTier(breathing, 'red', 0)).toMatchObject({ sets: 1, reps: 3, holdSeconds: 45 });
  });
});
