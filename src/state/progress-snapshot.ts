import { careDayKinds, toCareRecords } from '../engine/progress/history-stats';
import type { LocalDay } from '../engine/calendar/local-day';
import { computeStreaks } from '../engine/progress/streaks';
import { weeklyGoalProgress } from '../engine/progress/weekly-goal';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import type { ProgressSnapshot } from './create-progress';

/** Derives streaks, the weekly goal and the care days from what is stored (loaded on demand: not needed for first paint). */
export function snapshotOf(
  today: LocalDay, sessions: readonly StoredSession[], checkIns: readonly StoredCheckIn[], goalPerWeek: number,
  now: { at: number; timeZone: string } | undefined,
): ProgressSnapshot {
  const records = toCareRecords(sessions, checkIns);
  return {
    today, sessions, checkIns, goalPerWeek,
    streak: computeStreaks(records, today, now),
    weekly: weeklyGoalProgress(records, today, goalPerWeek),
    careDays: careDayKinds(records),
    loggedToday: records.some((r) => r.day === today),
  };
}
