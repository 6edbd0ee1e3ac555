import type { Library } from '../../engine/content/content-types';
import type { CareReport } from '../../engine/report/care-report';

// A stored session keeps the names it had when it was done (so a custom routine, or an exercise a later version
// dropped, still reads); a built-in one is shown by its id, in the language the app speaks now.

/** The name to show for a stored routine. */
export function routineNameOf(library: Library, id: string, stored: string): string {
  return library.routines.get(id)?.name ?? stored;
}

/** The name to show for a stored exercise. */
export function exerciseNameOf(library: Library, id: string, stored: string): string {
  return library.exercises.get(id)?.name ?? stored;
}

/** The care report with every built-in routine and exercise named in the language the app speaks now. */
export function reportWithShownNames(report: CareReport, library: Library): CareReport {
  const routine = (id: string, stored: string) => routineNameOf(library, id, stored);
  const exercise = (id: string, stored: string) => exerciseNameOf(library, id, stored);
  return {
    ...report,
    sessions: report.sessions.map((s) => ({
      ...s, routine: routine(s.routineId, s.routine), notDone: s.notDone.map((e) => ({ ...e, name: exercise(e.exerciseId, e.name) })),
    })),
    painStops: report.painStops.map((p) => ({ ...p, routine: routine(p.routineId, p.routine), exercise: exercise(p.exerciseId, p.exercise) })),
    routines: report.routines.map((r) => ({ ...r, name: routine(r.routineId, r.name) })),
  };
}
