import { EMPTY_PROFILE } from '../engine/clinical/check-in-types';
import type { Library, Routine } from '../engine/content/content-types';
import { whyRuledOut } from '../engine/clinical/rule-out';
import type { PlannedExercise } from '../engine/session/session-plan';

/** The routine's exercises in order with their dose (or the routine's own), minus any the profile rules out. */
export function plannedExercises(routine: Routine, library: Library, profile = EMPTY_PROFILE): PlannedExercise[] {
  return [...routine.warmUp, ...routine.main, ...routine.coolDown].flatMap((item) => {
    const exercise = library.exercises.get(item.exercise);
    if (!exercise || whyRuledOut(exercise, profile) !== undefined) return [];
    return [{ exercise, dose: item.dose ?? exercise.dose }];
  });
}
