import { DEFAULT_WEEKLY_GOAL } from '../engine/progress/weekly-goal';
import { openFlarewiseDB } from './db';

/** The weekly session goal from settings ('weeklyGoal', set at onboarding), or 3 when never set or unreadable. */
export async function loadWeeklyGoal(): Promise<number> {
  const db = await openFlarewiseDB();
  const value = (await db.get('settings', 'weeklyGoal'))?.value;
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : DEFAULT_WEEKLY_GOAL;
}
