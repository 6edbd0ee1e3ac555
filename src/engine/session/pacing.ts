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

/** The state as far as it has gone at `now`, the work of the step under way included (for a part's summary). */
export function withWorkSoFar(state: SessionState, now: number): SessionState {
  return { ...state, work: [...state.work, ...partialWork(state, now)] };
}
