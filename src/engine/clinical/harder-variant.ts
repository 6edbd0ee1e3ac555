import { PROGRESSION } from './rules';
import type { Exercise, Library, RoutineItem } from '../content/content-types';

/** The exercise to plan for a routine entry, with the entry's dose and the level to dose it at. */
export interface ProgressedItem {
  exercise: Exercise;
  dose: RoutineItem['dose'];
  level: number;
}

/**
 * A routine entry at a progression level (src/engine/clinical/README.md, section 5): past the top of an
 * exercise's range its harder variant comes in at the variant's own prescribed dose, where one exists and
 * `suits` it (a tier that allows progression, the profile, today's joints); otherwise the exercise itself.
 */
export function progressedItem(
  exercise: Exercise, item: RoutineItem, level: number, library: Library, suits: (candidate: Exercise) => boolean,
): ProgressedItem {
  const harder = exercise.harder === undefined ? undefined : library.exercises.get(exercise.harder);
  if (level > PROGRESSION.maxDoseLevel && harder !== undefined && suits(harder)) {
    return { exercise: harder, dose: undefined, level: 0 };
  }
  return { exercise, dose: item.dose, level };
}
