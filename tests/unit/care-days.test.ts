import { describe, expect, it } from 'vitest';
import type { FlareState, TriageOutcome } from '../../src/engine/clinical/check-in-types';
import type { Tier } from '../../src/engine/content/content-types';
import { careDayKinds, toCareRecords, type CheckInFacts, type SessionFacts } from '../../src/engine/progress/history-stats';
import { computeStreaks } from '../../src/engine/progress/streaks';
import { weeklyGoalProgress } from '../../src/engine/progress/weekly-goal';
import { buildCareReport, type ReportSession } from '../../src/engine/report/care-report';
import type { ExerciseResult } from '../../src/engine/clinical/care-credit';

// One case per row of section 6 (src/engine/clinical/README.md), written from the rule's words.
const at = (day: string) => Date.parse(`${day}T09:00:00Z`);

function session(day: string, outcomes: ExerciseResult[] = ['done', 'done']): ReportSession {
  return {
    day, startedAt: at(day), activeSeconds: 300, routineId: 'desk-break', routineName: 'Desk break', tier: 'green', level: 0,
    exercises: outcomes.map((outcome, i) => ({ exerciseId: `e${i}`, name: `E${i}`, outcome })),
  };
}

function checkIn(date: string, flare: FlareState = 'none', tier: Tier = 'green', outcome: TriageOutcome = 'none') {
  return { date, at: at(date) - 3_600_000, flare, pain: 2, fatigue: 3, tier: { tier }, triage: { outcome, reasons: [] } };
}

const kindOf = (sessions: SessionFacts[], checkIns: CheckInFacts[], day: string) => careDayKinds(toCareRecords(sessions, checkIns)).get(day);

describe('section 6: a care day', () => {
  it('is a day with a session in which at least one exercise was done', () => {
    expect(kindOf([session('2026-03-02', ['done', 'skipped', 'skipped'])], [], '2026-03-02')).toBe('session');
  });

  it('is a day with a session in which an exercise was partly done', () => {
    expect(kindOf([session('2026-03-02', ['partly', 'skipped'])], [], '2026-03-02')).toBe('session');
  });

  it('is a day with a session ended at a pain stop (stopping for pain is taking care)', () => {
    expect(kindOf([session('2026-03-02', ['stopped-for-pain', 'skipped', 'skipped'])], [], '2026-03-02')).toBe('session');
  });

  it('is not a day whose only session was skipped through', () => {
    expect(kindOf([session('2026-03-02', ['skipped', 'skipped', 'skipped'])], [], '2026-03-02')).toBeUndefined();
  });

  it('is a day with a check-in with any flare, even a mild one on an amber day', () => {
    expect(kindOf([], [checkIn('2026-03-02', 'mild', 'amber')], '2026-03-02')).toBe('rest');
  });

  it('is a day with a check-in in the red tier', () => {
    expect(kindOf([], [checkIn('2026-03-02', 'none', 'red')], '2026-03-02')).toBe('rest');
  });

  it('is a day with a check-in with a triage outcome', () => {
    expect(kindOf([], [checkIn('2026-03-02', 'none', 'green', 'urgent')], '2026-03-02')).toBe('rest');
  });

  it('is not a day with only a green check-in and no flare', () => {
    expect(kindOf([], [checkIn('2026-03-02')], '2026-03-02')).toBeUndefined();
  });
});

describe('section 6: streaks that never punish a flare', () => {
  it('a day with nothing logged breaks the daily streak; a flare day never does', () => {
    const records = toCareRecords([session('2026-03-02'), session('2026-03-04')], [checkIn('2026-03-03', 'moderate', 'red')]);
    expect(computeStreaks(records, '2026-03-04')).toMatchObject({ current: 3, restDays: 1 });
    expect(computeStreaks(records, '2026-03-06').current).toBe(0);
  });

  it('stopping at a pain stop keeps the streak', () => {
    const records = toCareRecords([session('2026-03-02'), session('2026-03-03', ['stopped-for-pain', 'skipped'])], []);
    expect(computeStreaks(records, '2026-03-03')).toMatchObject({ current: 2, isTodayCareDay: true });
  });

  it('a skipped-through routine does not keep the streak', () => {
    const records = toCareRecords([session('2026-03-02'), session('2026-03-03', ['skipped', 'skipped'])], []);
    expect(computeStreaks(records, '2026-03-04')).toMatchObject({ current: 0, best: 1 });
  });
});

describe('section 6: the weekly goal counts flare-rest days like sessions', () => {
  // 2026-03-02 is a Monday.
  it('a week is met when sessions + flare-rest days reach the goal (default 3)', () => {
    const records = toCareRecords([session('2026-03-02'), session('2026-03-04')], [checkIn('2026-03-03', 'mild', 'amber')]);
    expect(weeklyGoalProgress(records, '2026-03-05')).toMatchObject({ sessionsThisWeek: 2, restDaysThisWeek: 1, isGoalMet: true });
  });

  it('the goal is editable: the same week misses a goal of 4', () => {
    const records = toCareRecords([session('2026-03-02'), session('2026-03-04')], [checkIn('2026-03-03', 'mild', 'amber')]);
    expect(weeklyGoalProgress(records, '2026-03-05', 4).isGoalMet).toBe(false);
  });

  it('a day with a session and a flare check-in counts once', () => {
    const records = toCareRecords([session('2026-03-02'), session('2026-03-03')], [checkIn('2026-03-03', 'severe', 'red')]);
    expect(weeklyGoalProgress(records, '2026-03-05')).toMatchObject({ sessionsThisWeek: 2, restDaysThisWeek: 0, isGoalMet: false });
  });

  it('the streak of weeks uses the same rule', () => {
    const records = toCareRecords(
      [session('2026-02-23'), session('2026-02-25'), session('2026-03-02')],
      [checkIn('2026-02-27', 'none', 'red'), checkIn('2026-03-03', 'mild', 'amber'), checkIn('2026-03-04', 'mild', 'amber')],
    );
    expect(weeklyGoalProgress(records, '2026-03-04')).toMatchObject({ currentWeekStreak: 2, isGoalMet: true });
  });

  it('the care-team report uses the same rule', () => {
    const report = buildCareReport([session('2026-03-02'), session('2026-03-04')], [checkIn('2026-03-03', 'mild', 'amber')], '2026-03-02', '2026-03-08', 3);
    expect(report.weeks).toEqual([expect.objectContaining({ sessionDays: 2, restDays: 1, isGoalMet: true })]);
  });

  it('the care-team report counts what each exercise became ("3 done, 5 skipped")', () => {
    const report = buildCareReport([session('2026-03-02', ['done', 'done', 'done', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped'])], [], '2026-03-02', '2026-03-08', 3);
    expect(report.exerciseOutcomes).toEqual({ done: 3, partly: 0, 'stopped-for-pain': 0, skipped: 5 });
  });
});
