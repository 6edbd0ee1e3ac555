import { careDayKinds } from '../engine/progress/history-stats';
import type { LocalDay } from '../engine/calendar/local-day';
import { computeStreaks } from '../engine/progress/streaks';
import { weeklyGoalProgress } from '../engine/progress/weekly-goal';
import type { LevelChange } from '../engine/clinical/progression';
import { careRecordsOf, levelFromFacts, type HistoryFacts } from '../engine/records/history-facts';
import { firstUseDay } from '../engine/report/report-range';
import type { ProgressSummary } from './create-progress';

/**
 * Derives streaks, the weekly goal, the care days and the levels from the facts of every record (loaded on demand:
 * not needed for first paint). The facts say what the records say, so these are what the records would give.
 */
export function summaryOf(
  today: LocalDay, facts: HistoryFacts, goalPerWeek: number, now: { at: number; timeZone: string } | undefined,
): ProgressSummary {
  const records = careRecordsOf(facts);
  const levels = new Map<string, LevelChange>();
  const at = now?.at ?? Date.parse(`${today}T12:00:00Z`);
  let kinds: ReadonlyMap<LocalDay, 'session' | 'rest'> | undefined;
  return {
    today, goalPerWeek,
    // Derived on demand, once per routine per snapshot: the one place a level comes from.
    levelFor(routineId) {
      const known = levels.get(routineId) ?? levelFromFacts(routineId, facts, at, today);
      levels.set(routineId, known);
      return known;
    },
    streak: computeStreaks(records, today, now),
    weekly: weeklyGoalProgress(records, today, goalPerWeek),
    // Only History's calendar and the report read it: worked out on the first read, not on the way to today's screen.
    get careDays() {
      return (kinds ??= careDayKinds(records));
    },
    loggedToday: records.some((r) => r.day === today),
    firstDay: firstUseDay(facts.sessions, facts.checkIns),
  };
}
