import { addDays, daysBetween, type LocalDay } from '../calendar/local-day';
import { FATIGUE_TREND } from './rules-triage';

/** The middle value of a list of scores (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Whether tiredness has risen (README section 2, fatigue trend): on most days of the last 2 weeks the check-in
 * fatigue was 2 or more above the person's own median of the 4 weeks before. Advice only, never a block.
 */
export function isFatigueRising(checkIns: readonly { date: LocalDay; fatigue: number }[], today: LocalDay): boolean {
  const recentFrom = addDays(today, 1 - FATIGUE_TREND.recentDays);
  const baselineFrom = addDays(recentFrom, -FATIGUE_TREND.baselineDays);
  const recent = checkIns.filter((c) => c.date >= recentFrom && c.date <= today).map((c) => c.fatigue);
  const baseline = checkIns.filter((c) => c.date >= baselineFrom && c.date < recentFrom).map((c) => c.fatigue);
  if (baseline.length < FATIGUE_TREND.minBaselineCheckIns || recent.length < FATIGUE_TREND.minRecentCheckIns) return false;
  const usual = median(baseline);
  const raised = recent.filter((fatigue) => fatigue >= usual + FATIGUE_TREND.pointsAboveMedian).length;
  return raised > FATIGUE_TREND.recentDays * FATIGUE_TREND.mostOf;
}

/** Whether to tell the person about a rising fatigue today: on the day it is first told, then not again for four weeks. */
export function shouldTellFatigueTrend(rising: boolean, lastTold: LocalDay | undefined, today: LocalDay): boolean {
  if (!rising) return false;
  return lastTold === undefined || lastTold === today || daysBetween(lastTold, today) >= FATIGUE_TREND.quietDaysAfterTelling;
}
