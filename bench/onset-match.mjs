/**
 * Decides, for each planned cue, whether it was heard and how late, from what bench/audio-onsets.mjs recorded in the
 * page: onsets (a rise out of 40 ms of quiet), the level of the sound in short blocks, and where the page started
 * each sound on the audio clock. Pure functions, so tests/unit/bench-cue-analysis.test.ts can check them.
 */

// An onset found out of quiet counts for the planned moment from 30 ms before it to 1 s after it.
const ONSET_EARLY_MS = 30;
const ONSET_LATE_MS = 1000;
// A sound started on the audio clock is looked for in the level from 5 ms before its start to 25 ms after it.
const RISE_EARLY_MS = 5;
const RISE_LATE_MS = 25;
// The level over the 30 ms before a start is what the sound must rise above: a tick under a word still lifts it.
const BEFORE_MS = 30;
const RISE_RATIO = 2;
// Below this (RMS, full scale 1) nothing is audible: the app's inaudible keep-alive signal is about 0.0005.
const AUDIBLE_RMS = 0.01;

/**
 * The first block of `level` (sorted `{ at, rms }`, wall-clock ms) from `from` to `to` whose level is audible and at
 * least RISE_RATIO times the mean level of the BEFORE_MS before `from`; undefined when the sound never rose there.
 */
export function riseBetween(level, from, to) {
  const before = level.filter((b) => b.at >= from - BEFORE_MS && b.at < from);
  const floor = before.length ? before.reduce((sum, b) => sum + b.rms, 0) / before.length : 0;
  return level.find((b) => b.at >= from && b.at <= to && b.rms >= AUDIBLE_RMS && b.rms >= RISE_RATIO * floor)?.at;
}

/**
 * Matches each planned moment (wall-clock ms) with what was heard. First an onset out of quiet (the first unclaimed
 * one from 30 ms before to 1 s after); else a sound the page started on the audio clock within 30 ms of the plan
 * (`starts`, `{ at }`) whose start lifted the level (`level`): a tick under a word is heard that way. A sound started
 * but not heard (cancelled, muted, a stalled clock) lifts nothing and still counts as dropped.
 * Returns the lateness of each cue heard, how many were dropped (and their planned moments), how many were found
 * by their start, and how many of those dropped fell where the probe missed buffers (`gaps`, `[from, to]`).
 */
export function matchHeard(plannedAts, { onsets, starts = [], level = [], gaps = [] }) {
  const free = [...onsets].sort((a, b) => a - b);
  const sortedLevel = [...level].sort((a, b) => a.at - b.at);
  const late = [];
  let dropped = 0;
  let byStart = 0;
  const missed = [];
  for (const at of [...plannedAts].sort((a, b) => a - b)) {
    const index = free.findIndex((t) => t >= at - ONSET_EARLY_MS && t <= at + ONSET_LATE_MS);
    if (index >= 0) {
      late.push(free[index] - at);
      free.splice(0, index + 1);
      continue;
    }
    const rises = starts.filter((s) => Math.abs(s.at - at) <= ONSET_EARLY_MS)
      .map((s) => riseBetween(sortedLevel, s.at - RISE_EARLY_MS, s.at + RISE_LATE_MS)).filter((t) => t !== undefined);
    if (rises.length === 0) {
      dropped += 1;
      missed.push(at);
      continue;
    }
    late.push(Math.min(...rises) - at);
    byStart += 1;
  }
  // Still dropped, but said apart: where the probe missed buffers, nothing tells a lost sound from a lost measurement.
  const inProbeGap = missed.filter((at) => gaps.some(([from, to]) => at >= from - ONSET_EARLY_MS && at <= to)).length;
  return { late, dropped, byStart, missed, inProbeGap };
}
