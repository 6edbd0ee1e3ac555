import { careDayKinds, toCareRecords } from '../engine/progress/history-stats';
import type { LocalDay } from '../engine/calendar/local-day';
import { computeStreaks } from '../engine/progress/streaks';
import { weeklyGoalProgress } from '../engine/progress/weekly-goal';
import { levelForToday } from '../engine/clinical/level-today';
import type { LevelChange } from '../engine/clinical/progression';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import type { ProgressSnapshot } from './create-progress';

/** Derives streaks, the weekly goal and the care days from what is stored (loaded on demand: not needed for first paint). */
export function snapshotOf(
  today: LocalDay, sessions: readonly StoredSession[], checkIns: readonly StoredCheckIn[], goalPerWeek: number,
  now: { at: number; timeZone: string } | undefined,
): ProgressSnapshot {
  const records = toCareRecords(sessions, checkIns);
  const levels = new Map<string, LevelChange>();
  const at = now?.at ?? Date.parse(`${today}T12:00:00Z`);
  return {
    today, sessions, checkIns, goalPerWeek,
    // Derived on demand, once per routine per snapshot: the one place a level comes from.
    levelFor(routineId) {
      const known = levels.get(routineId) ?? levelForToday(routineId, sessions, checkIns, at, today);
      levels.set(routineId, known);
      return known;
    },
    streak: computeStreaks(records, today, now),
    weekly: weeklyGoalProgress(records, today, goalPerWeek),
    // Only History's calendar and the report read it: worked out on the first read, not on the way to today's screen.
    get careDays() {
      const kinds = careDayKinds(records);
      Object.defineProperty(this, 'careDays', { value: kinds });
      return kinds;
    },
    loggedToday: records.some((r) => r.day === today),
  };
}
