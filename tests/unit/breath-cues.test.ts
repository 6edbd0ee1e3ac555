import { describe, expect, it } from 'vitest';
import type { Dose } from '../../src/engine/content/content-types';
import { planSession } from '../../src/engine/session/session-plan';
import { startSession } from '../../src/engine/session/session';
import { exercise, PLAIN_LEAD_IN, playThrough } from './session-fixtures';

// The pacer's rhythm, written out here on its own (not read from the engine): in for 4 s, out for 6 s.
const IN_MS = 4000;
const OUT_MS = 6000;

/** A breathing exercise (the fixtures' exercises are mobility ones). */
function breathing(id: string, dose: Dose) {
  const planned = exercise(id, dose);
  return { ...planned, exercise: { ...planned.exercise, category: 'breathing' as const } };
}

const belly: Dose = { sets: 1, reps: 2, holdSeconds: 45, releaseSeconds: 5, perSide: false, restSeconds: 0 };

describe('the breath pacer, spoken', () => {
  it('says "and out" and "breathe in" at every turn of a 45 s breathing hold, and none in the last 2 s', () => {
    const plan = planSession([breathing('belly', belly)], { leadInSeconds: 5, ...PLAIN_LEAD_IN });
    const { cues } = playThrough(startSession(plan, 0), 250);
    const breaths = cues.filter((c) => c.cue === 'breathe-in' || c.cue === 'breathe-out');
    // The first hold starts after the 5 s lead-in; "Begin" opens its first breath in.
    const first = breaths.filter((c) => c.at < 50_000).map((c) => [c.cue, c.at - 5000]);
    expect(first).toEqual([
      ['breathe-out', IN_MS], ['breathe-in', IN_MS + OUT_MS],
      ['breathe-out', 2 * IN_MS + OUT_MS], ['breathe-in', 2 * (IN_MS + OUT_MS)],
      ['breathe-out', 3 * IN_MS + 2 * OUT_MS], ['breathe-in', 3 * (IN_MS + OUT_MS)],
      ['breathe-out', 4 * IN_MS + 3 * OUT_MS], ['breathe-in', 4 * (IN_MS + OUT_MS)],
    ]);
    // The second hold (after 5 s of release) is paced the same way from its own start.
    expect(breaths).toHaveLength(16);
    expect(cues.find((c) => c.cue === 'start' && c.at === 5000)).toBeDefined();
  });

  it('keeps short tense-and-relax holds and every non-breathing exercise free of breath words', () => {
    const tense: Dose = { sets: 1, reps: 3, holdSeconds: 5, releaseSeconds: 10, perSide: false, restSeconds: 0 };
    const plan = planSession([breathing('tense', tense), exercise('bridge', belly)], { leadInSeconds: 5, ...PLAIN_LEAD_IN });
    const { cues } = playThrough(startSession(plan, 0), 250);
    expect(cues.filter((c) => c.cue.startsWith('breathe-'))).toEqual([]);
  });
});
