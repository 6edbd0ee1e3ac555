import { describe, expect, it } from 'vitest';
import type { StreakSummary } from '../../src/engine/progress/streaks';
import { streakWords } from '../../src/ui/components/progress-words';

const streak = (over: Partial<StreakSummary>): StreakSummary => ({
  current: 0, best: 0, isTodayCareDay: false, lastRestDay: null, sessionDays: 0, restDays: 0, ...over,
});

describe('the streak in words', () => {
  it('names the days of taking care and the rest days among them, each as one sentence', () => {
    expect(streakWords(streak({ current: 3, best: 3, sessionDays: 2, restDays: 1 }))).toBe('3 days of taking care, including 1 rest day.');
    expect(streakWords(streak({ current: 9, best: 9, sessionDays: 6, restDays: 3 }))).toBe('9 days of taking care, including 3 rest days.');
    expect(streakWords(streak({ current: 4, best: 4, sessionDays: 4 }))).toBe('4 days of taking care.');
    expect(streakWords(streak({ current: 1, best: 4, sessionDays: 1 }))).toBe('1 day of taking care.');
    expect(streakWords(streak({ current: 1, best: 1, restDays: 1 }))).toBe('1 day of taking care, including 1 rest day.');
  });

  it('welcomes the user back without mentioning the break', () => {
    expect(streakWords(streak({ best: 5 }))).toBe('Welcome back. Today is a fresh start.');
    expect(streakWords(streak({}))).toBe('Welcome. Every small step counts.');
  });
});
