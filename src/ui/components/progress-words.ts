import type { StreakSummary } from '../../engine/progress/streaks';
import type { WeeklyGoalProgress } from '../../engine/progress/weekly-goal';
import { t } from '../../i18n/messages';
import '../../i18n/areas/progress';

/** One kind sentence about the daily streak, whole in the catalogue; it never counts what was missed. */
export function streakWords({ current, best, restDays }: StreakSummary): string {
  if (current === 0) return best > 0 ? t('progress.streak.back') : t('progress.streak.first');
  if (current === 1) return restDays === 0 ? t('progress.streak.one') : t('progress.streak.oneRest');
  if (restDays === 0) return t('progress.streak.many', { count: current });
  return restDays === 1 ? t('progress.streak.manyRestOne', { count: current }) : t('progress.streak.manyRestMany', { count: current, rest: restDays });
}

/** The week's goal in plain words, and the run of weeks that met it when there is one. */
export function weekWords(weekly: WeeklyGoalProgress): string[] {
  const lines = [weekly.isGoalMet && weekly.sessionsThisWeek < weekly.goalPerWeek
    ? t('progress.week.rest', { count: weekly.restDaysThisWeek })
    : t('progress.week', { done: weekly.sessionsThisWeek, goal: weekly.goalPerWeek })];
  if (weekly.isGoalMet) lines.push(t('progress.week.met'));
  if (weekly.currentWeekStreak > 1) lines.push(t('progress.weekStreak.many', { count: weekly.currentWeekStreak }));
  return lines;
}
