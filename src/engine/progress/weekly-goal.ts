import { summarizeDays, type CareRecord } from './care-days';
import { addDays, weekOf, type LocalDay, type WeekStart } from '../calendar/local-day';

/** Sessions a week the goal starts at (src/engine/clinical/README.md, section 6); the user can change it. */
export const DEFAULT_WEEKLY_GOAL = 3;

/** The goal as used: a whole number of days from 1 to 7. */
export function clampWeeklyGoal(goal: number): number {
  return Math.min(7, Math.max(1, Math.round(Number.isFinite(goal) ? goal : DEFAULT_WEEKLY_GOAL)));
}

/** This week's progress towards the goal and the run of weeks that met it. */
export interface WeeklyGoalProgress {
  /** The first day of this week. */
  weekStart: LocalDay;
  /** Days this week with a session that took care (at most one counts per day). */
  sessionsThisWeek: number;
  /** Days this week of flare or medical rest without a session (they count towards the goal). */
  restDaysThisWeek: number;
  /** The goal used, clamped to 1–7 session days. */
  goalPerWeek: number;
  isGoalMet: boolean;
  /** Consecutive weeks that met the goal; this week joins once met, and never breaks it while unfinished. */
  currentWeekStreak: number;
  bestWeekStreak: number;
}

/** One week's care days: days with a session that took care, and flare-rest days without one. */
export interface WeekTally {
  sessionDays: number;
  restDays: number;
}

/**
 * Whether a week met the goal (section 6 v2): session days + flare-rest days ≥ the goal. Every view (the
 * home card, the week streak, the care-team report) decides through this one function.
 */
export function isWeekMet(tally: WeekTally | undefined, goal: number): boolean {
  if (tally === undefined) return false;
  return tally.sessionDays + tally.restDays >= clampWeeklyGoal(goal);
}

// Counting session days, not sessions: pacing matters with lupus, and three sessions crammed into
// one day should not stand in for a week of gentle, regular movement.
function tallyWeeks(records: readonly CareRecord[], weekStartsOn: WeekStart): Map<LocalDay, WeekTally> {
  const weeks = new Map<LocalDay, WeekTally>();
  for (const [day, care] of summarizeDays(records)) {
    const key = weekOf(day, weekStartsOn);
    const tally = weeks.get(key) ?? { sessionDays: 0, restDays: 0 };
    weeks.set(key, {
      sessionDays: tally.sessionDays + (care.hasSession ? 1 : 0),
      restDays: tally.restDays + (!care.hasSession && care.hasRest ? 1 : 0),
    });
  }
  return weeks;
}

/** Progress towards the weekly session goal on `today`, and the streak of weeks that met it. */
export function weeklyGoalProgress(
  records: readonly CareRecord[],
  today: LocalDay,
  goalPerWeek: number = DEFAULT_WEEKLY_GOAL,
  weekStartsOn: WeekStart = 1,
): WeeklyGoalProgress {
  const goal = clampWeeklyGoal(goalPerWeek);
  const weeks = tallyWeeks(records.filter((r) => r.day <= today), weekStartsOn);
  const thisWeek = weekOf(today, weekStartsOn);
  const first = [...weeks.keys()].reduce((a, b) => (b < a ? b : a), thisWeek);

  let run = 0;
  let best = 0;
  for (let week = first; week <= thisWeek; week = addDays(week, 7)) {
    if (isWeekMet(weeks.get(week), goal)) {
      run += 1;
      best = Math.max(best, run);
    } else if (week !== thisWeek) {
      run = 0;
    }
  }

  const tally = weeks.get(thisWeek);
  return {
    weekStart: thisWeek,
    sessionsThisWeek: tally?.sessionDays ?? 0,
    restDaysThisWeek: tally?.restDays ?? 0,
    goalPerWeek: goal,
    isGoalMet: isWeekMet(tally, goal),
    currentWeekStreak: run,
    bestWeekStreak: best,
  };
}
