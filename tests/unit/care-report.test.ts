import { describe, expect, it } from 'vitest';
import { buildCareReport, type ReportSession } from '../../src/engine/report/care-report';
import { cleanReportDetails } from '../../src/engine/report/report-details';
import { doneWords } from '../../src/ui/components/report-words';

type Outcome = ReportSession['exercises'][number];
const ex = (name: string, outcome: Outcome['outcome'], painReports: number[] = []): Outcome => ({ exerciseId: name.toLowerCase(), name, outcome, painReports });

function session(day: string, exercises: Outcome[], extra: Partial<ReportSession> = {}): ReportSession {
  const startedAt = Date.parse(`${day}T09:00:00Z`);
  return { day, startedAt, activeSeconds: 600, routineId: 'desk-break', routineName: 'Desk break', tier: 'green', level: 1, exercises, ...extra };
}

function checkIn(date: string, pain: number, fatigue: number, flare: 'none' | 'moderate' = 'none') {
  return {
    date, at: Date.parse(`${date}T08:00:00Z`), flare, pain, fatigue, tier: { tier: flare === 'none' ? 'green' as const : 'red' as const },
    triage: { outcome: 'none' as const, reasons: [] },
  };
}

describe('the care-team report', () => {
  it('lists each pain stop with the score that stopped it and that day’s check-in pain', () => {
    const report = buildCareReport(
      [session('2026-10-14', [ex('Bridge', 'done'), ex('Knee rocks', 'stopped-for-pain', [5, 7])]), session('2026-10-16', [ex('Bridge', 'stopped-for-pain', [6])])],
      [checkIn('2026-10-14', 4, 3)], '2026-10-01', '2026-10-31', 3,
    );
    expect(report.painStops).toEqual([
      { day: '2026-10-14', routineId: 'desk-break', routine: 'Desk break', exerciseId: 'knee rocks', exercise: 'Knee rocks', pain: 7, checkInPain: 4 },
      { day: '2026-10-16', routineId: 'desk-break', routine: 'Desk break', exerciseId: 'bridge', exercise: 'Bridge', pain: 6 },
    ]);
  });

  it('says of each session what was done and, by name, what was not', () => {
    const report = buildCareReport([session('2026-10-14', [
      ex('Bridge', 'done'), ex('Clamshell', 'skipped'), ex('Knee rocks', 'stopped-for-pain', [7]), ex('Pelvic tilt', 'partly'), ex('Heel slides', 'skipped'),
    ], { note: 'Bus was late' })], [], '2026-10-14', '2026-10-14', 3);
    const [row] = report.sessions;
    expect(row).toMatchObject({ minutes: 10, note: 'Bus was late' });
    expect(doneWords(row!)).toBe('1 of 5 done; stopped for pain: Knee rocks at 7/10; partly: Pelvic tilt; skipped: Clamshell and Heel slides');
    const all = buildCareReport([session('2026-10-15', [ex('Bridge', 'done'), ex('Clamshell', 'done')])], [], '2026-10-15', '2026-10-15', 3);
    expect(doneWords(all.sessions[0]!)).toBe('all 2 done');
  });

  it('charts every day of the range, with gaps where there was no check-in, and sums the scores', () => {
    const report = buildCareReport([], [checkIn('2026-10-01', 2, 5), checkIn('2026-10-03', 7, 8, 'moderate')], '2026-10-01', '2026-10-04', 3);
    expect(report.daily).toEqual([
      { day: '2026-10-01', pain: 2, fatigue: 5, flare: false },
      { day: '2026-10-02', pain: null, fatigue: null, flare: false },
      { day: '2026-10-03', pain: 7, fatigue: 8, flare: true },
      { day: '2026-10-04', pain: null, fatigue: null, flare: false },
    ]);
    expect(report.scores).toEqual({ pain: { mean: 4.5, min: 2, max: 7 }, fatigue: { mean: 6.5, min: 5, max: 8 } });
  });
});

describe('the name and date of birth on the report', () => {
  it('keeps a trimmed name and a real date of birth, and drops an impossible or future one', () => {
    expect(cleanReportDetails({ name: '  Ana Pérez ', birthDate: '1984-03-09' }, '2026-11-24')).toEqual({ name: 'Ana Pérez', birthDate: '1984-03-09' });
    expect(cleanReportDetails({ name: 'Ana', birthDate: '1984-02-30' }, '2026-11-24').birthDate).toBe('');
    expect(cleanReportDetails({ birthDate: '2027-01-01' }, '2026-11-24')).toEqual({ name: '', birthDate: '' });
    expect(cleanReportDetails({ name: 'x'.repeat(200) }, '2026-11-24').name).toHaveLength(80);
  });
});
