import { describe, expect, it } from 'vitest';
import { isFlareProlonged, previousDay, stricterTier, tierFor } from '../../src/engine/clinical/tier';
import { checkIn } from './clinical-fixtures';

describe('dose tiers, one case per row of the tiers table (src/engine/clinical/README.md "Tiers")', () => {
  it('green: no flare, pain ≤ 3, fatigue ≤ 5, no hot joints', () => {
    expect(tierFor(checkIn({ pain: 3, fatigue: 5 }))).toEqual({ tier: 'green', reasons: [] });
  });

  it('amber: a mild flare', () => {
    expect(tierFor(checkIn({ flare: 'mild' }))).toEqual({ tier: 'amber', reasons: [{ code: 'flare', value: 'mild' }] });
  });

  it('amber: pain 4–5', () => {
    expect(tierFor(checkIn({ pain: 4 })).tier).toBe('amber');
    expect(tierFor(checkIn({ pain: 5 })).reasons).toEqual([{ code: 'pain', value: 5 }]);
  });

  it('amber: fatigue 6–7', () => {
    expect(tierFor(checkIn({ fatigue: 6 })).tier).toBe('amber');
    expect(tierFor(checkIn({ fatigue: 7 })).reasons).toEqual([{ code: 'fatigue', value: 7 }]);
  });

  it('amber: hot or swollen joints other than the hips, naming each region', () => {
    for (const region of ['knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows'] as const) {
      expect(tierFor(checkIn({ hotJoints: [region] }))).toEqual({ tier: 'amber', reasons: [{ code: 'hot-joints', value: [region] }] });
    }
    expect(tierFor(checkIn({ hotJoints: ['knees', 'hands-wrists'] })).reasons).toEqual([{ code: 'hot-joints', value: ['knees', 'hands-wrists'] }]);
  });

  it('red: a moderate or severe flare', () => {
    expect(tierFor(checkIn({ flare: 'moderate' }))).toEqual({ tier: 'red', reasons: [{ code: 'flare', value: 'moderate' }] });
    expect(tierFor(checkIn({ flare: 'severe' })).tier).toBe('red');
  });

  it('red: pain ≥ 6', () => {
    expect(tierFor(checkIn({ pain: 6 }))).toEqual({ tier: 'red', reasons: [{ code: 'pain', value: 6 }] });
  });

  it('red: fatigue ≥ 8', () => {
    expect(tierFor(checkIn({ fatigue: 8 }))).toEqual({ tier: 'red', reasons: [{ code: 'fatigue', value: 8 }] });
  });

  it('red: hot or swollen hips, even with other regions hot too', () => {
    expect(tierFor(checkIn({ hotJoints: ['hips'] }))).toEqual({ tier: 'red', reasons: [{ code: 'hot-joints', value: ['hips'] }] });
    expect(tierFor(checkIn({ hotJoints: ['hips', 'knees'] }))).toEqual({ tier: 'red', reasons: [{ code: 'hot-joints', value: ['hips'] }] });
  });
});

describe('tierFor', () => {
  it('lets the worst answer decide and shows only the answers that decided it', () => {
    expect(tierFor(checkIn({ flare: 'mild', pain: 7, fatigue: 9 }))).toEqual({
      tier: 'red', reasons: [{ code: 'pain', value: 7 }, { code: 'fatigue', value: 9 }],
    });
  });

  it('lists every amber answer when several apply', () => {
    expect(tierFor(checkIn({ flare: 'mild', pain: 4, hotJoints: ['knees'] })).reasons).toEqual([
      { code: 'flare', value: 'mild' }, { code: 'pain', value: 4 }, { code: 'hot-joints', value: ['knees'] },
    ]);
  });

  it('orders tiers green < amber < red', () => {
    expect(stricterTier('green', 'amber')).toBe('amber');
    expect(stricterTier('red', 'amber')).toBe('red');
  });
});

describe('a flare that lasts more than a few days', () => {
  it('counts calendar days across month and year ends', () => {
    expect(previousDay('2025-03-01')).toBe('2025-02-28');
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2025-01-01')).toBe('2024-12-31');
  });

  it('suggests the rheumatology team after three red days in a row', () => {
    expect(isFlareProlonged(new Set(['2025-03-08', '2025-03-09', '2025-03-10']), '2025-03-10')).toBe(true);
    expect(isFlareProlonged(new Set(['2025-03-07', '2025-03-09', '2025-03-10']), '2025-03-10')).toBe(false);
  });
});
