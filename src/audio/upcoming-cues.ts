import type { DueCue } from '../engine/session/cues';
import { LATE_LIMIT_MS } from './cue-scheduler';
import type { PlacedCues } from './placed-cues';

// On a re-placement for drift, sounds due this soon are left as they are: one may already be starting.
const SETTLE_MS = 50;
// Well past the once-a-minute wake-up of a hidden tab, well short of the five minutes the engine hands out ahead.
const PLACE_ALONE_WITHIN_MS = 2 * 60_000;

/**
 * Every cue handed out and not yet due, so it can be placed on the audio clock again whenever that clock moves.
 * Each is placed with its room: the time until the next cue handed out, which its words must not run into.
 */
export function makeUpcomingCues(onClock: PlacedCues, placeWithRoom: (due: DueCue, roomMs?: number) => void, now: () => number) {
  let upcoming: DueCue[] = [];
  const roomAfter = (due: DueCue) => {
    const next = upcoming.find((other) => other.at > due.at);
    return next ? next.at - due.at : undefined;
  };
  // The last cue handed out (the edge of the engine's five minutes ahead) waits for the one after it, so its words know
  // their room; `fill` places it then, or once it comes this close with nothing after it (the end of the session).
  const place = (due: DueCue) => {
    const room = roomAfter(due);
    if (room === undefined && due.at - now() > PLACE_ALONE_WITHIN_MS) return;
    placeWithRoom(due, room);
  };
  const prune = () => {
    const at = now();
    upcoming = upcoming.filter((due) => due.at > at - LATE_LIMIT_MS);
    return at;
  };
  return {
    /** Keeps the cues and places each on the clock. */
    add(cues: readonly DueCue[]) {
      upcoming = [...upcoming, ...cues].sort((a, b) => a.at - b.at);
      for (const due of cues) place(due);
    },
    clear() {
      upcoming = [];
    },
    /** Places each coming cue the clock does not hold yet (the sound was still decoding when it was handed out). */
    fill() {
      const at = prune();
      for (const due of upcoming) if (due.at > at && !onClock.has(due.cue, due.at)) place(due);
    },
    /** Takes back and places again every coming cue; after a stall of `slippedMs`, sounds of that last stretch go too (they would come late). */
    replace(slippedMs = 0) {
      const at = prune();
      onClock.cancelAll(at - Math.max(0, slippedMs));
      for (const due of upcoming) if (due.at > at) place(due);
    },
    /** Places again every coming cue but those about to sound: the clock drifted a little from where they were placed. */
    retime() {
      const from = prune() + SETTLE_MS;
      onClock.cancelAll(from);
      for (const due of upcoming) if (due.at > from) place(due);
    },
  };
}
