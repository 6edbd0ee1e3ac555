import { partialWork, pause, type SessionState } from './session';

/**
 * Stops here to finish later today (src/engine/clinical/README.md, section 8): the session waits, paused
 * exactly where it is, and says so in its events; resuming it later carries on from this very moment.
 */
export function keepForLater(state: SessionState, now: number): SessionState {
  const paused = pause(state, now);
  if (paused.status !== 'paused') return paused;
  return { ...paused, events: [...paused.events, { type: 'finish-later', at: now }] };
}

/** Whether the session is waiting to be finished later (kept for later and not resumed since). */
export function isKeptForLater(state: SessionState): boolean {
  const last = state.events.findLast((e) => e.type === 'finish-later' || e.type === 'resume');
  return state.status === 'paused' && last?.type === 'finish-later';
}

/** The state as far as it has gone at `now`, the work of the step under way included (for a part's summary). */
export function withWorkSoFar(state: SessionState, now: number): SessionState {
  return { ...state, work: [...state.work, ...partialWork(state, now)] };
}

/** How many exercises are still to come, the one under way included. */
export function exercisesLeft(state: SessionState): number {
  const current = state.plan.steps[state.stepIndex]?.exerciseIndex ?? 0;
  return Math.max(0, state.plan.exercises.length - current);
}
