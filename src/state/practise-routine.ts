import type { Library, Routine } from '../engine/content/content-types';

/** The prefix of a one-exercise routine's id: 'practise-bridge' plays Bridge alone. */
const PRACTISE_PREFIX = 'practise-';

/** The id of the routine that plays one exercise alone. */
export const practiseRoutineId = (exerciseId: string): string => `${PRACTISE_PREFIX}${exerciseId}`;

/**
 * The routine behind "Practise this one exercise": that exercise alone, as the main part. It is planned
 * like any routine, so today's tier, hot joints and precautions still decide whether and how it plays.
 */
export function practiseRoutine(id: string, library: Library): Routine | undefined {
  if (!id.startsWith(PRACTISE_PREFIX)) return undefined;
  const exercise = library.exercises.get(id.slice(PRACTISE_PREFIX.length));
  return exercise && { id, name: exercise.name, purpose: exercise.purpose, suits: '', warmUp: [], main: [{ exercise: exercise.id }], coolDown: [] };
}
