import type { DueCue } from '../engine/session/cues';

/** Cues later than this when their timer fires are dropped: a stale count misleads more than silence. */
export const LATE_LIMIT_MS = 250;

/** The clock and timer functions the scheduler runs on; tests pass fakes. */
export interface CueClock {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

/** Fires cues at their wall-clock time, one timer per cue. */
export interface CueScheduler {
  schedule(cues: readonly DueCue[], now: number): void;
  cancel(): void;
}

/** Makes a scheduler that calls `onDue` for each cue on time, re-arming timers that fire early. */
export function makeCueScheduler(clock: CueClock, onDue: (due: DueCue) => void): CueScheduler {
  const pending = new Set<unknown>();

  const arm = (due: DueCue, wait: number) => {
    const handle = clock.setTimer(() => {
      pending.delete(handle);
      fire(due);
    }, Math.max(0, wait));
    pending.add(handle);
  };

  // The delay is recomputed from the clock: timers can fire early (coarse clocks) or late (throttling).
  const fire = (due: DueCue) => {
    const late = clock.now() - due.at;
    if (late < 0) arm(due, -late);
    else if (late <= LATE_LIMIT_MS) onDue(due);
  };

  const cancel = () => {
    for (const handle of pending) clock.clearTimer(handle);
    pending.clear();
  };

  return {
    // Adds to what is already scheduled: the engine hands out each cue exactly once, ahead of time.
    schedule(cues, now) {
      for (const due of cues) {
        if (now - due.at <= LATE_LIMIT_MS) arm(due, due.at - now);
      }
    },
    cancel,
  };
}
