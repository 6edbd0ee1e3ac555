import { describe, expect, it } from 'vitest';
import type { Exercise, Library, Routine } from '../../src/engine/content/content-types';
import { buildCareReport } from '../../src/engine/report/care-report';
import type { StoredSession } from '../../src/engine/records/session-record';
import { exerciseNameOf, reportWithShownNames, routineNameOf } from '../../src/ui/components/shown-names';

const spanish: Library = {
  exercises: new Map([['bridge', { id: 'bridge', name: 'Puente' } as Exercise]]),
  routines: new Map([['desk-break', { id: 'desk-break', name: 'Pausa de cinco minutos' } as Routine]]),
};

const session = {
  id: 's1', day: '2026-10-14', startedAt: Date.UTC(2026, 9, 14, 9), endedAt: Date.UTC(2026, 9, 14, 9, 10), activeSeconds: 600,
  routineId: 'desk-break', routineName: 'Five-minute desk break', tier: 'green', level: 1,
  exercises: [{ exerciseId: 'bridge', name: 'Bridge', setsPlanned: 2, setsDone: 1, repsDone: 4, secondsWorked: 30, painReports: [7], outcome: 'stopped-for-pain' }],
} as unknown as StoredSession;

describe('names of past sessions', () => {
  it('shows a built-in routine and exercise in today’s language, and a custom or dropped one as it was stored', () => {
    expect(routineNameOf(spanish, 'desk-break', 'Five-minute desk break')).toBe('Pausa de cinco minutos');
    expect(routineNameOf(spanish, 'custom-1', 'My evening hips')).toBe('My evening hips');
    expect(exerciseNameOf(spanish, 'retired-move', 'Old move')).toBe('Old move');
  });

  it('names the report’s sessions, pain stops and routines in today’s language', () => {
    const report = reportWithShownNames(buildCareReport([session], [], '2026-10-01', '2026-10-31', 3), spanish);
    expect(report.sessions.map((s) => [s.routine, s.notDone.map((e) => e.name)])).toEqual([['Pausa de cinco minutos', ['Puente']]]);
    expect(report.painStops.map((p) => [p.routine, p.exercise])).toEqual([['Pausa de cinco minutos', 'Puente']]);
    expect(report.routines.map((r) => r.name)).toEqual(['Pausa de cinco minutos']);
  });
});
