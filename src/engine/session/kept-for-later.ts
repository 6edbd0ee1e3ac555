import type { SessionState } from './session';

/** Whether the session is waiting to be finished later (kept for later and not resumed since). */
export function isKeptForLater(state: SessionState): boolean {
  const last = state.events.findLast((e) => e.type === 'finish-later' || e.type === 'resume');
  return state.status === 'paused' && last?.type === 'finish-later';
}

/** How many exercises are still to come, the one under way included. */
export function exercisesLeft(state: SessionState): number {
  const current = state.plan.steps[state.stepIndex]?.exerciseIndex ?? 0;
  return Math.max(0, state.plan.exercises.length - current);
}
