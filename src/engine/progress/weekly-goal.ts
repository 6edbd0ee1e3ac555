import { summarizeDays, type CareRecord } from './care-days';
import { addDays, weekOf, type LocalDay, type WeekStart } from '../calendar/local-day';

/** Sessions a week the goal starts at (CLINICAL.md section 6). */
export const DEFAULT_WEEKLY_GOAL = 3;

/**
 * A week with this many flare or triage days counts as having met the goal, whatever the sessions.
 * Why: CLINICAL.md section 6 counts resting on a flare or on medical advice as taking care; a week
 * spent mostly resting on advice should not read as a failed week. Three is the default goal, so a
 * week of three rest days is met exactly as a week of three sessions would be.
 */
export const REST_DAYS_THAT_MEET_WEEKLY_GOAL = 3;

/** This week's progress towards the goal and the run of weeks that met it. */
export interface WeeklyGoalProgress {
  /** The first day of this week. */
  weekStart: LocalDay;
  /** Days this week with a completed session (at most one counts per day). */
  sessionsThisWeek: number;
  /** Days this week with a red-tier check-in or a triage outcome. */
  restDaysThisWeek: number;
  /** The goal used, clamped to 1–7 session days. */
  goalPerWeek: number;
  isGoalMet: boolean;
  /** Consecutive weeks that met the goal; this week joins once met, and never breaks it while unfinished. */
  currentWeekStreak: number;
  bestWeekStreak: number;
}

interface WeekTally {
  sessionDays: number;
  restDays: number;
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
      restDays: tally.restDays + (care.hasRest ? 1 : 0),
    });
  }
  return weeks;
}

function isWeekMet(tally: WeekTally | undefined, goal: number): boolean {
  if (tally === undefined) return false;
  return tally.sessionDays >= goal || tally.restDays >= REST_DAYS_THAT_MEET_WEEKLY_GOAL;
}

/** Progress towards the weekly session goal on `today`, and the streak of weeks that met it. */
export function weeklyGoalProgress(
  records: readonly CareRecord[],
  today: LocalDay,
  goalPerWeek: number = DEFAULT_WEEKLY_GOAL,
  weekStartsOn: WeekStart = 1,
): WeeklyGoalProgress {
  const goal = Math.min(7, Math.max(1, Math.round(goalPerWeek)));
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
