/** Turns the cue events one session fired into timing figures, against the cues the engine planned. */
import { percentile } from './stats.mjs';

// A cue planned this close to the end of the sample may still be waiting for its timer: leave it out.
export const SETTLE_MS = 1500;

/**
 * Lateness figures for the cues planned inside [from, to - SETTLE_MS] (ms since epoch).
 * `fired` are the page's `flarewise:cue` details; `planned` the engine's `{ cue, offsetMs }`;
 * `startedAt` the plannedAt of the session's first cue (the Start tap).
 */
export function analyseCues({ fired, planned, startedAt, from, to }) {
  const until = to - SETTLE_MS;
  const inWindow = (at) => at >= from && at <= until;
  const key = (cue, at) => `${cue}@${at}`;
  const expected = new Set(planned.map((c) => key(c.cue, startedAt + c.offsetMs)).filter((_, i) => inWindow(startedAt + planned[i].offsetMs)));
  const seen = fired.filter((c) => inWindow(c.plannedAt));
  const matched = seen.filter((c) => expected.has(key(c.cue, c.plannedAt)));
  const lateness = seen.map((c) => c.firedAt - c.plannedAt);
  return {
    errorP50Ms: percentile(lateness, 50),
    errorP95Ms: percentile(lateness, 95),
    errorMaxMs: lateness.length ? Math.max(...lateness) : Number.NaN,
    count: seen.length,
    expectedCount: expected.size,
    // Planned in the window but never announced: the player drops a cue more than 250 ms late, silently.
    droppedCount: expected.size - new Set(matched.map((c) => key(c.cue, c.plannedAt))).size,
    // Events that match no planned cue (should be 0; anything else means the plan and the build differ).
    unplannedCount: seen.length - matched.length,
    audibleCount: seen.filter((c) => c.audible).length,
  };
}

/** The longest long task (ms) that started at or after `since` (performance.now() ms); 0 when none. */
export function longestTaskSince(longTasks, since) {
  const durations = longTasks.filter((t) => t.startTime >= since).map((t) => t.duration);
  return durations.length ? Math.max(...durations) : 0;
}

/**
 * When the session started (ms since epoch): the one start that puts a fired cue exactly on its planned
 * offset, picked nearest to the Start tap. Works even when the first cue itself was dropped.
 */
export function sessionStart(fired, planned, tappedAt) {
  const starts = fired.flatMap((c) => planned.filter((p) => p.cue === c.cue).map((p) => c.plannedAt - p.offsetMs));
  if (starts.length === 0) return null;
  return starts.reduce((best, at) => (Math.abs(at - tappedAt) < Math.abs(best - tappedAt) ? at : best));
}
