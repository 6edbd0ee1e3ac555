import { describe, expect, it } from 'vitest';
import { defaultReportRange, firstUseDay, isPastFirstWeek } from '../../src/engine/report/report-range';

describe('the care-team report’s default range', () => {
  it('covers the last twelve weeks (84 days, today included) for someone who has used the app longer', () => {
    expect(defaultReportRange('2026-11-24', '2025-03-01')).toEqual({ from: '2026-09-02', to: '2026-11-24' });
  });

  it('starts at the first day anything was logged when that is more recent: no weeks of empty rows', () => {
    expect(defaultReportRange('2026-11-24', '2026-11-10')).toEqual({ from: '2026-11-10', to: '2026-11-24' });
    expect(defaultReportRange('2026-11-24', undefined)).toEqual({ from: '2026-11-24', to: '2026-11-24' });
  });

  it('finds the first day from sessions and check-ins, whichever came first', () => {
    expect(firstUseDay([{ day: '2026-10-03' }, { day: '2026-09-30' }], [{ date: '2026-10-01' }])).toBe('2026-09-30');
    expect(firstUseDay([], [{ date: '2026-10-01' }, { date: '2026-09-12' }])).toBe('2026-09-12');
    expect(firstUseDay([], [])).toBeUndefined();
  });

  it('counts a week of use from the first logged day', () => {
    expect(isPastFirstWeek('2026-11-24', '2026-11-18')).toBe(false);
    expect(isPastFirstWeek('2026-11-24', '2026-11-17')).toBe(true);
    expect(isPastFirstWeek('2026-11-24', undefined)).toBe(false);
  });
});
