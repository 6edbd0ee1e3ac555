import { describe, expect, it } from 'vitest';
import { analyseCues } from '../../bench/cue-analysis.mjs';

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
