/**
 * What became of one exercise (src/engine/clinical/README.md, section 6): every planned set done, some of it
 * done, none of it done (skipped, or not reached before the session ended), or stopped because of pain.
 */
export type ExerciseResult = 'done' | 'partly' | 'skipped' | 'stopped-for-pain';

/** Every exercise result, in the order a summary counts them. */
export const EXERCISE_RESULTS: readonly ExerciseResult[] = ['done', 'partly', 'stopped-for-pain', 'skipped'];

/** How many exercises ended each way ("3 of 8 done, 5 skipped"). */
export function countOutcomes(exercises: readonly { outcome: ExerciseResult }[]): Record<ExerciseResult, number> {
  const counts: Record<ExerciseResult, number> = { done: 0, partly: 0, 'stopped-for-pain': 0, skipped: 0 };
  for (const e of exercises) counts[e.outcome] += 1;
  return counts;
}

/** Whether a session took care: at least one exercise done or partly done, or stopped for pain (section 6). */
export function isCareSession(exercises: readonly { outcome: ExerciseResult }[]): boolean {
  return exercises.some((e) => e.outcome !== 'skipped');
}
