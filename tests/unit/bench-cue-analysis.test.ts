import { describe, expect, it } from 'vitest';
import { analyseCues } from '../../bench/cue-analysis.mjs';
import { matchHeard } from '../../bench/onset-match.mjs';

const T0 = 1_000_000;
const planned = [{ cue: 'get-ready', offsetMs: 0 }, { cue: 'hold', offsetMs: 5000 }, { cue: 'release', offsetMs: 10_000 }];

describe('bench cue lateness', () => {
  it('counts what is heard: heardAt when the sound was on the audio clock, the timer otherwise', () => {
    const fired = [
      // Timer fired 30 ms late, but the sound was on the audio clock and heard on time.
      { cue: 'get-ready', plannedAt: T0, firedAt: T0 + 30, audible: true, heardAt: T0 },
      { cue: 'hold', plannedAt: T0 + 5000, firedAt: T0 + 5080, audible: true, heardAt: T0 + 5002 },
      // Not placed on the clock: heard when the timer fired.
      { cue: 'release', plannedAt: T0 + 10_000, firedAt: T0 + 10_040, audible: true },
    ];
    const figures = analyseCues({ fired, planned, startedAt: T0, from: T0, to: T0 + 20_000 });
    expect(figures.errorMaxMs).toBe(40);
    expect(figures.errorP50Ms).toBe(2);
    expect(figures.timerErrorP50Ms).toBe(40);
    expect(figures.timerErrorMaxMs).toBe(80);
    expect(figures.onClockCount).toBe(2);
    expect(figures.droppedCount).toBe(0);
  });
});

// The level as the page's probe records it: one block every 5 ms, wall-clock ms.
const BLOCK_MS = 5;
const levelOf = (from: number, to: number, rmsAt: (at: number) => number) =>
  Array.from({ length: (to - from) / BLOCK_MS }, (_, i) => ({ at: from + i * BLOCK_MS, rms: rmsAt(from + i * BLOCK_MS) }));
const WORD = 0.05; // a word being said
const TICK = 0.2; // a countdown tick

describe('bench: which planned cues were heard', () => {
  it('takes an onset out of quiet from 30 ms before the plan to 1 s after it, each onset once', () => {
    const { late, dropped, byStart } = matchHeard([T0, T0 + 1000, T0 + 2000], { onsets: [T0 + 4, T0 + 1003] });
    expect(late).toEqual([4, 3]);
    expect(dropped).toBe(1);
    expect(byStart).toBe(0);
  });

  it('hears a tick started under a word by the rise of the level where it was started', () => {
    const at = T0 + 2000;
    const level = levelOf(T0, T0 + 3000, (t) => (t >= at && t < at + 240 ? WORD + TICK : WORD));
    const { late, dropped, byStart } = matchHeard([at], { onsets: [], starts: [{ at: at + 1 }], level });
    expect(dropped).toBe(0);
    expect(byStart).toBe(1);
    expect(late[0]).toBeLessThanOrEqual(BLOCK_MS);
  });

  it('still counts as dropped a sound started but never heard: cancelled, muted, or on a stalled clock', () => {
    const at = T0 + 2000;
    const quiet = levelOf(T0, T0 + 3000, () => 0.0005); // only the inaudible keep-alive signal
    const underWord = levelOf(T0, T0 + 3000, () => WORD); // a word goes on, nothing rises with it
    expect(matchHeard([at], { onsets: [], starts: [{ at }], level: quiet }).dropped).toBe(1);
    expect(matchHeard([at], { onsets: [], starts: [{ at }], level: underWord }).dropped).toBe(1);
  });

  it('says which dropped cues fell where the probe missed buffers, and still counts them as dropped', () => {
    const { dropped, inProbeGap } = matchHeard([T0 + 1000, T0 + 5000], { onsets: [], gaps: [[T0 + 900, T0 + 1100]] });
    expect(dropped).toBe(2);
    expect(inProbeGap).toBe(1);
  });

  it('does not take a rise in the level for a cue the page never started there', () => {
    const at = T0 + 2000;
    const level = levelOf(T0, T0 + 3000, (t) => (t >= at && t < at + 240 ? TICK : 0));
    expect(matchHeard([at], { onsets: [], starts: [{ at: at + 200 }], level }).dropped).toBe(1);
    expect(matchHeard([at], { onsets: [], starts: [], level }).dropped).toBe(1);
  });
});
