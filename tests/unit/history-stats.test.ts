import { describe, expect, it } from 'vitest';
import { buildCareReport, type ReportCheckIn, type ReportSession } from '../../src/engine/report/care-report';
import {
  calendarMonth, careDayKinds, shiftMonth, toCareRecords, weeklyPoints, weeklySeries,
} from '../../src/engine/progress/history-stats';
import { addDays } from '../../src/engine/calendar/local-day';
import { computeStreaks } from '../../src/engine/progress/streaks';

const at = (iso: string) => new Date(iso).getTime();

function session(day: string, extra: Partial<ReportSession> = {}): ReportSession {
  return {
    day, startedAt: at(`${day}T09:00:00Z`), activeSeconds: 600, routineId: 'desk-break',
    routineName: 'Desk break', tier: 'green', level: 0, exercises: [{ exerciseId: 'cat-camel', name: 'Cat-camel', outcome: 'done' }], ...extra,
  };
}

function checkIn(date: string, extra: Partial<ReportCheckIn> = {}): ReportCheckIn {
  return {
    date, at: at(`${date}T08:00:00Z`), pain: 4, fatigue: 5, flare: 'none', tier: { tier: 'green' },
    triage: { outcome: 'none', reasons: [] }, ...extra,
  };
}

describe('care days from sessions and check-ins', () => {
  it('marks a flare check-in as a rest day and a skipped-through session as no care', () => {
    const records = toCareRecords(
      [session('2026-11-02'), session('2026-11-03', { exercises: [{ exerciseId: 'bridge', name: 'Bridge', outcome: 'skipped' }] })],
      [checkIn('2026-11-04', { tier: { tier: 'red' } }), checkIn('2026-11-05')],
    );
    expect([...careDayKinds(records)]).toEqual([['2026-11-02', 'session'], ['2026-11-04', 'rest']]);
  });

  it('keeps the streak alive through a flare day and breaks it on an empty day', () => {
    const records = toCareRecords([session('2026-11-02'), session('2026-11-04')], [checkIn('2026-11-03', { tier: { tier: 'red' } })]);
    expect(computeStreaks(records, '2026-11-04')).toMatchObject({ current: 3, restDays: 1 });
    expect(computeStreaks(records, '2026-11-06')).toMatchObject({ current: 0, best: 3 });
  });

  it('groups by the stored local day, so a late-evening session stays on its own day across a DST change', () => {
    // 23:30 in New York on 2026-11-01 (the night clocks went back) is 04:30 UTC on the 2nd.
    const late = session('2026-11-01', { startedAt: at('2026-11-02T04:30:00Z'), timeZone: 'America/New_York' });
    expect(careDayKinds(toCareRecords([late], [])).has('2026-11-01')).toBe(true);
  });
});

describe('the calendar month', () => {
  it('puts the first of the month under its weekday and labels each day', () => {
    const month = calendarMonth('2026-11', new Map([['2026-11-02', 'session'], ['2026-11-03', 'rest']]), '2026-11-04');
    expect(month.leadingBlanks).toBe(6); // 1 November 2026 is a Sunday; weeks start on Monday.
    expect(month.cells).toHaveLength(30);
    expect(month.cells.slice(0, 5).map((c) => c.kind)).toEqual(['empty', 'session', 'rest', 'empty', 'future']);
    expect(month.cells[3]?.isToday).toBe(true);
  });

  it('has every day of a month with a DST change, and steps across years', () => {
    expect(calendarMonth('2026-03', new Map(), '2026-12-31').cells).toHaveLength(31);
    expect(calendarMonth('2028-02', new Map(), '2028-12-31').cells).toHaveLength(29);
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});

describe('weekly series', () => {
  it('averages pain before and after, fatigue, and sums minutes per Monday-first week', () => {
    const points = weeklySeries(
      [session('2026-11-16', { painAfter: 2 }), session('2026-11-18', { painAfter: 4, activeSeconds: 1200 })],
      [checkIn('2026-11-16', { pain: 5, fatigue: 6 }), checkIn('2026-11-22', { pain: 3, fatigue: 2 })],
      '2026-11-24', '4w',
    );
    expect(points.map((p) => p.weekStart)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(points[2]).toEqual({ weekStart: '2026-11-16', painBefore: 4, painAfter: 3, fatigue: 4, minutes: 30, sessionDays: 2, restDays: 0 });
    expect(points[0]).toMatchObject({ painBefore: null, painAfter: null, fatigue: null, minutes: 0 });
  });

  it('has 13 weeks for 3 months and 52 for a year, and keeps a DST week as seven days', () => {
    const today = '2026-11-04';
    expect(weeklySeries([], [], today, '3m')).toHaveLength(13);
    expect(weeklySeries([], [], today, '1y')).toHaveLength(52);
    // Europe's clocks went back on Sunday 2026-10-25: Monday 19th to Sunday 25th is still one bucket.
    const days = Array.from({ length: 7 }, (_, i) => session(addDays('2026-10-19', i)));
    const points = weeklyPoints(days, [], '2026-10-19', '2026-10-26');
    expect(points.map((p) => p.sessionDays)).toEqual([7, 0]);
  });
});

describe('the care-team report', () => {
  it('counts care days and goal weeks and lists flares, triage, pain stops and routines in the range only', () => {
    const report = buildCareReport(
      [session('2026-11-02', { exercises: [{ exerciseId: 'bridge', name: 'Bridge', outcome: 'stopped-for-pain', painReports: [4, 7] }] }),
        session('2026-11-03', { level: 2 }), session('2026-11-05', { level: 3 }), session('2026-10-01')],
      [checkIn('2026-11-04', { flare: 'moderate', tier: { tier: 'red' } }),
        checkIn('2026-11-06', { tier: { tier: 'amber' }, triage: { outcome: 'see-doctor', reasons: ['worsening-despite-treatment'] } })],
      '2026-11-02', '2026-11-08', 3,
    );
    expect(report).toMatchObject({ days: 7, careDays: 5, sessionDays: 3, restDays: 2 });
    expect(report.weeks).toEqual([expect.objectContaining({ weekStart: '2026-11-02', sessionDays: 3, isGoalMet: true })]);
    expect(report.flareDays).toEqual([expect.objectContaining({ day: '2026-11-04', flare: 'moderate', tier: 'red' })]);
    expect(report.triageEvents).toEqual([{ day: '2026-11-06', outcome: 'see-doctor', reasons: ['worsening-despite-treatment'], corrected: false }]);
    expect(report.painStops).toEqual([{ day: '2026-11-02', routineId: 'desk-break', routine: 'Desk break', exerciseId: 'bridge', exercise: 'Bridge', pain: 7 }]);
    expect(report.routines).toEqual([{ routineId: 'desk-break', name: 'Desk break', sessions: 3, lastLevel: 3, lastTier: 'green' }]);
  });
});
