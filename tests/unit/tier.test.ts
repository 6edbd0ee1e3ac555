import { describe, expect, it } from 'vitest';
import { isFlareProlonged, previousDay, stricterTier, tierFor } from '../../src/engine/clinical/tier';
import { checkIn } from './clinical-fixtures';

describe('dose tiers, one case per condition of CLINICAL.md section 3', () => {
  it('no flare, pain ≤ 3, fatigue ≤ 5, no hot joints → green', () => {
    expect(tierFor(checkIn({ pain: 3, fatigue: 5 }))).toEqual({ tier: 'green', reasons: [] });
  });

  it('mild flare → amber', () => {
    expect(tierFor(checkIn({ flare: 'mild' }))).toEqual({ tier: 'amber', reasons: ['mild flare'] });
  });

  it('pain 4–5 → amber', () => {
    expect(tierFor(checkIn({ pain: 4 })).tier).toBe('amber');
    expect(tierFor(checkIn({ pain: 5 })).reasons).toEqual(['pain 5/10']);
  });

  it('fatigue 6–7 → amber', () => {
    expect(tierFor(checkIn({ fatigue: 6 })).tier).toBe('amber');
    expect(tierFor(checkIn({ fatigue: 7 })).reasons).toEqual(['fatigue 7/10']);
  });

  it('hot or swollen joints other than the hips → amber', () => {
    expect(tierFor(checkIn({ hotJoints: 'other' }))).toEqual({ tier: 'amber', reasons: ['hot or swollen joints'] });
  });

  it('moderate or severe flare → red', () => {
    expect(tierFor(checkIn({ flare: 'moderate' }))).toEqual({ tier: 'red', reasons: ['moderate flare'] });
    expect(tierFor(checkIn({ flare: 'severe' })).tier).toBe('red');
  });

  it('pain ≥ 6 → red', () => {
    expect(tierFor(checkIn({ pain: 6 }))).toEqual({ tier: 'red', reasons: ['pain 6/10'] });
  });

  it('fatigue ≥ 8 → red', () => {
    expect(tierFor(checkIn({ fatigue: 8 }))).toEqual({ tier: 'red', reasons: ['fatigue 8/10'] });
  });

  it('hot or swollen hips → red', () => {
    expect(tierFor(checkIn({ hotJoints: 'hips' }))).toEqual({ tier: 'red', reasons: ['hips hot or swollen'] });
  });
});

describe('tierFor', () => {
  it('lets the worst answer decide and shows only the answers that decided it', () => {
    expect(tierFor(checkIn({ flare: 'mild', pain: 7, fatigue: 9 }))).toEqual({ tier: 'red', reasons: ['pain 7/10', 'fatigue 9/10'] });
  });

  it('lists every amber answer when several apply', () => {
    expect(tierFor(checkIn({ flare: 'mild', pain: 4, hotJoints: 'other' })).reasons).toEqual(['mild flare', 'pain 4/10', 'hot or swollen joints']);
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
