import { describe, expect, it } from 'vitest';
import { painAdvice, painLimitsFor, soreAfterLastSession } from '../../src/engine/clinical/pain-limits';
import { needsAftercare, painResponse, type PainReport } from '../../src/engine/clinical/pain-response';
import type { Tier } from '../../src/engine/content/content-types';

// Each case is written from the text of section 5 (src/engine/clinical/README.md), not from the rules table.
const answer = (tier: Tier, checkInPain: number, report: PainReport) => painResponse(report, painLimitsFor(tier, checkInPain));

describe('section 5: the stop limit is the larger of the tier’s limit and the check-in pain + 2', () => {
  it('stops above 5 in green when the check-in pain was low', () => {
    expect(answer('green', 1, { level: 5 }).stopsExercise).toBe(false);
    expect(answer('green', 1, { level: 6 }).stopsExercise).toBe(true);
  });

  it('stops above 3 in amber when the check-in pain was low', () => {
    expect(answer('amber', 0, { level: 3 }).stopsExercise).toBe(false);
    expect(answer('amber', 1, { level: 4 }).stopsExercise).toBe(true);
  });

  it('stops above 3 in red when the check-in pain was low', () => {
    expect(answer('red', 1, { level: 3 }).stopsExercise).toBe(false);
    expect(answer('red', 1, { level: 4 }).stopsExercise).toBe(true);
  });

  it('stops at 6 when the check-in pain was 4 in amber (6 is the limit: pain above it stops the exercise)', () => {
    expect(painLimitsFor('amber', 4).stopAbove).toBe(6);
    expect(answer('amber', 4, { level: 6 }).stopsExercise).toBe(false);
    expect(answer('amber', 4, { level: 7 }).stopsExercise).toBe(true);
  });

  it('does not stop at 4 or 5 someone who checked in at 4 (version 1 stopped every honest report)', () => {
    expect(answer('amber', 4, { level: 4 }).stopsExercise).toBe(false);
    expect(answer('amber', 4, { level: 5 }).stopsExercise).toBe(false);
  });

  it('in red after a check-in of 6, stops above 8 (and at 7 stopping for today comes first)', () => {
    expect(answer('red', 6, { level: 6 }).stopsExercise).toBe(false);
    expect(answer('red', 6, { level: 7 })).toEqual({ stopsExercise: false, firstChoice: 'stop-for-today' });
    expect(answer('red', 6, { level: 9 })).toEqual({ stopsExercise: true, firstChoice: 'stop-for-today' });
  });
});

describe('section 5: sharp, shooting or new pain stops the exercise at any number', () => {
  for (const kind of ['sharp', 'shooting', 'new'] as const) {
    it(`stops at 1 when the pain is ${kind}`, () => {
      expect(answer('green', 0, { level: 1, kind }).stopsExercise).toBe(true);
    });
  }
});

describe('section 5: the pain sheet answers by severity', () => {
  it('at 7 or more the first choice is to stop for today, whatever the check-in', () => {
    expect(answer('green', 5, { level: 7 }).firstChoice).toBe('stop-for-today');
    expect(answer('red', 6, { level: 9 }).firstChoice).toBe('stop-for-today');
  });

  it('a pain of 9 is never answered with another exercise first', () => {
    for (const tier of ['green', 'amber', 'red'] as const) {
      for (let checkIn = 0; checkIn <= 10; checkIn++) expect(answer(tier, checkIn, { level: 9 }).firstChoice).toBe('stop-for-today');
    }
  });

  it('4 above the check-in puts stopping for today first, even below 7 and under the limit', () => {
    expect(answer('green', 1, { level: 5 })).toEqual({ stopsExercise: false, firstChoice: 'stop-for-today' });
  });

  it('a pain of 4 after a check-in of 3 in green offers the easier variant first, without stopping', () => {
    expect(answer('green', 3, { level: 4 })).toEqual({ stopsExercise: false, firstChoice: 'easier' });
  });

  it('over the limit but not severe, the exercise stops and the easier variant comes first', () => {
    expect(answer('amber', 2, { level: 5 })).toEqual({ stopsExercise: true, firstChoice: 'easier' });
  });
});

describe('section 5: pain after the session', () => {
  it('3 or more above the check-in gets a kind question the next morning', () => {
    const checkIns = [{ date: '2026-03-02', pain: 2 }];
    expect(soreAfterLastSession([{ day: '2026-03-02', painAfter: 5 }], checkIns, '2026-03-03')).toBe(5);
    expect(soreAfterLastSession([{ day: '2026-03-02', painAfter: 4 }], checkIns, '2026-03-03')).toBeUndefined();
    // Only the morning after: not the same day, not a week later.
    expect(soreAfterLastSession([{ day: '2026-03-02', painAfter: 5 }], checkIns, '2026-03-02')).toBeUndefined();
    expect(soreAfterLastSession([{ day: '2026-03-02', painAfter: 5 }], checkIns, '2026-03-09')).toBeUndefined();
  });

  it('3 or more above the check-in gets the advice and a question next morning', () => {
    expect(needsAftercare(5, painLimitsFor('green', 2))).toBe(true);
    expect(needsAftercare(4, painLimitsFor('green', 2))).toBe(false);
    expect(needsAftercare(undefined, painLimitsFor('green', 2))).toBe(false);
  });
});

describe('section 5 with section 7: what to do now', () => {
  it('never suggests cold with Raynaud’s', () => {
    expect(painAdvice({ raynauds: true, hotJoints: false }).compress).toBe('warmth');
  });

  it('never suggests heat on a hot joint, and with Raynaud’s too suggests no compress at all', () => {
    expect(painAdvice({ raynauds: false, hotJoints: true }).compress).toBe('cool-compress');
    expect(painAdvice({ raynauds: true, hotJoints: true }).compress).toBe('none');
  });

  it('otherwise offers warmth or a wrapped cool compress, and says pain should settle within 2 hours', () => {
    expect(painAdvice({ raynauds: false, hotJoints: false })).toEqual({ compress: 'warm-or-cool', settleWithinHours: 2 });
  });
});
