/** Turns the cue events one session fired into timing figures, against the cues the engine planned. */
import { percentile } from './stats.mjs';

// A cue planned this close to the end of the sample may still be waiting for its timer: leave it out.
export const SETTLE_MS = 1500;

/**
 * Lateness figures for the cues planned inside [from, to - SETTLE_MS] (ms since epoch).
 * `fired` are the page's `flarewise:cue` details (with `heardAt` when the sound was placed on the audio clock);
 * `planned` the engine's `{ cue, offsetMs }`;
 * `startedAt` the plannedAt of the session's first cue (the Start tap).
 */
export function analyseCues({ fired, planned, startedAt, from, to }) {
  const until = to - SETTLE_MS;
  const inWindow = (at) => at >= from && at <= until;
  const key = (cue, at) => `${cue}@${at}`;
  const expected = new Set(planned.map((c) => key(c.cue, startedAt + c.offsetMs)).filter((_, i) => inWindow(startedAt + planned[i].offsetMs)));
  const seen = fired.filter((c) => inWindow(c.plannedAt));
  const matched = seen.filter((c) => expected.has(key(c.cue, c.plannedAt)));
  // What a person hears: a cue placed on the audio clock carries `heardAt`; otherwise it sounds when its timer fires.
  const heard = seen.map((c) => (c.heardAt ?? c.firedAt) - c.plannedAt);
  // When the timer fired: the visual banner, vibration, and the sound of any cue not placed on the audio clock.
  const timer = seen.map((c) => c.firedAt - c.plannedAt);
  const max = (list) => (list.length ? Math.max(...list) : Number.NaN);
  return {
    errorP50Ms: percentile(heard, 50),
    errorP95Ms: percentile(heard, 95),
    errorMaxMs: max(heard),
    timerErrorP50Ms: percentile(timer, 50),
    timerErrorP95Ms: percentile(timer, 95),
    timerErrorMaxMs: max(timer),
    onClockCount: seen.filter((c) => c.heardAt !== undefined).length,
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
