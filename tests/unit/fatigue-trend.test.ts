import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/engine/calendar/local-day';
import { isFatigueRising, shouldTellFatigueTrend } from '../../src/engine/clinical/fatigue-trend';

const TODAY = '2026-06-30';
/** Daily check-ins: `baseline` fatigue for the six weeks before the last two, then `recent` for the last `raisedDays` of them. */
function days(baseline: number, recent: number, raisedDays: number): { date: string; fatigue: number }[] {
  return Array.from({ length: 42 }, (_, i) => {
    const date = addDays(TODAY, -41 + i);
    const daysAgo = 41 - i;
    return { date, fatigue: daysAgo < raisedDays ? recent : baseline };
  });
}

describe('fatigue trend, CLINICAL.md section 2: 2+ points above the person’s own 4-week median on most days of the last 2 weeks', () => {
  it('says so when tiredness was 2 above the usual on 8 of the last 14 days', () => {
    expect(isFatigueRising(days(3, 5, 8), TODAY)).toBe(true);
  });

  it('stays quiet at 7 of 14 days, at 1 point above, and with too few check-ins to know the usual', () => {
    expect(isFatigueRising(days(3, 5, 7), TODAY)).toBe(false);
    expect(isFatigueRising(days(3, 4, 14), TODAY)).toBe(false);
    expect(isFatigueRising(days(3, 6, 14).slice(-20), TODAY)).toBe(false);
  });

  it('is said once, on the day it is first told, then not again for four weeks', () => {
    expect(shouldTellFatigueTrend(true, undefined, TODAY)).toBe(true);
    expect(shouldTellFatigueTrend(true, TODAY, TODAY)).toBe(true);
    expect(shouldTellFatigueTrend(true, addDays(TODAY, -1), TODAY)).toBe(false);
    expect(shouldTellFatigueTrend(true, addDays(TODAY, -28), TODAY)).toBe(true);
    expect(shouldTellFatigueTrend(false, undefined, TODAY)).toBe(false);
  });
});
