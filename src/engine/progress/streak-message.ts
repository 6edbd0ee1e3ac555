import type { StreakSummary } from './streaks';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One short, kind sentence about the streak; it never counts what was missed. */
export function streakMessage(streak: StreakSummary): string {
  if (streak.current === 0) {
    return streak.best > 0 ? 'Welcome back. Today is a fresh start.' : 'Welcome. Every small step counts.';
  }
  const rest = streak.restDays > 0 ? `, including ${plural(streak.restDays, 'rest day')}` : '';
  return `${plural(streak.current, 'day')} of taking care${rest}.`;
}
