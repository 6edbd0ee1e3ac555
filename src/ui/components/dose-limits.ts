import type { Dose, Exercise } from '../../engine/content/content-types';

/** A dose field the routine editor lets the user change. */
export type EditableDoseField = 'sets' | 'reps' | 'holdSeconds' | 'restSeconds';

/** The smallest and largest value a stepper allows, and its step. */
export interface StepRange {
  min: number;
  max: number;
  step: number;
}

// The Dose bounds of exercises/README.md, which sit inside src/content/check-dose.ts's wider ones,
// so a saved routine always passes the validator. The work itself (sets, reps, hold) never goes above
// the exercise's own green dose, as README requires of routine overrides; rest may be longer.
const BOUNDS: Record<EditableDoseField, StepRange> = {
  sets: { min: 1, max: 3, step: 1 },
  reps: { min: 1, max: 15, step: 1 },
  holdSeconds: { min: 5, max: 60, step: 5 },
  restSeconds: { min: 15, max: 60, step: 5 },
};

/** The range a stepper allows for one field of one exercise's dose. */
export function stepRange(exercise: Exercise, field: EditableDoseField): StepRange {
  const bound = BOUNDS[field];
  const usual = exercise.dose[field] ?? bound.min;
  if (field === 'restSeconds') return { ...bound, min: Math.min(bound.min, usual), max: Math.max(bound.max, usual) };
  return { ...bound, min: Math.min(bound.min, usual), max: usual };
}

/** The dose with one field moved by `direction` steps, kept inside its range. */
export function stepDose(exercise: Exercise, dose: Dose, field: EditableDoseField, direction: 1 | -1): Dose {
  const range = stepRange(exercise, field);
  const current = dose[field] ?? range.min;
  const next = Math.min(range.max, Math.max(range.min, current + direction * range.step));
  return { ...dose, [field]: next };
}
