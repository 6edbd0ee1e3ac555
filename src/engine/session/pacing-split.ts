import { PACING_RULES } from '../clinical/rules';
import type { Tier } from '../content/content-types';
import { exerciseDurationsMs, type PlannedExercise, type SessionPlan } from './session-plan';

/** Whether the plan offers the split first today (section 8: on amber and red days). */
export function offersSplitFirst(tier: Tier, exercises: readonly PlannedExercise[]): boolean {
  return PACING_RULES.splitFirstTiers.includes(tier) && exercises.length >= PACING_RULES.minExercisesToSplit;
}

/**
 * Where the second part of a routine done in parts begins: the exercise boundary that makes the two parts
 * closest in length; undefined when the routine is too short to split.
 */
export function secondPartStart(plan: SessionPlan): number | undefined {
  if (plan.exercises.length < PACING_RULES.minExercisesToSplit) return undefined;
  const durations = exerciseDurationsMs(plan);
  const half = plan.totalMs / PACING_RULES.parts;
  let best = 1;
  let elapsed = durations[0] ?? 0;
  for (let index = 1; index < durations.length; index += 1) {
    const bestElapsed = durations.slice(0, best).reduce((sum, ms) => sum + ms, 0);
    if (Math.abs(elapsed - half) < Math.abs(bestElapsed - half)) best = index;
    elapsed += durations[index] ?? 0;
  }
  return best;
}
