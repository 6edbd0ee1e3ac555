import { addDays, type LocalDay } from '../calendar/local-day';

/** One day of the report's chart: the check-in's pain and fatigue (null on a day without one) and whether it was a flare. */
export interface DayScores { day: LocalDay; pain: number | null; fatigue: number | null; flare: boolean }

/** What the chart reads from a check-in. */
export interface DayScoreSource { date: LocalDay; pain: number; fatigue: number; flare: string; tier: { tier: string } }

/** Every day from `from` to `to` with that day's check-in scores, so gaps show as gaps, not as joined lines. */
export function dailyScores(checkIns: readonly DayScoreSource[], from: LocalDay, to: LocalDay): DayScores[] {
  const byDay = new Map(checkIns.map((c) => [c.date, c]));
  const days: DayScores[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const c = byDay.get(day);
    days.push(c === undefined
      ? { day, pain: null, fatigue: null, flare: false }
      : { day, pain: c.pain, fatigue: c.fatigue, flare: c.flare !== 'none' || c.tier.tier === 'red' });
  }
  return days;
}

/** The average (to one decimal), lowest and highest of some scores; null when there are none. */
export interface ScoreStats { mean: number; min: number; max: number }

/** Statistics of the scores that were given (days without a check-in are left out). */
export function scoreStats(values: readonly (number | null)[]): ScoreStats | null {
  const given = values.filter((v): v is number => v !== null);
  if (given.length === 0) return null;
  const mean = Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10;
  return { mean, min: Math.min(...given), max: Math.max(...given) };
}
