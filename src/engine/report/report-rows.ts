import type { Effort } from '../clinical/check-in-types';
import { countOutcomes, type ExerciseResult } from '../clinical/care-credit';
import type { Tier } from '../content/content-types';
import type { LocalDay } from '../calendar/local-day';

/** What the report reads from one exercise of a session. */
export interface ReportExercise { exerciseId: string; name: string; outcome: ExerciseResult; painReports?: readonly number[] }

/** What the report reads from a session to list it (StoredSession fits it). */
export interface SessionRowSource {
  day: LocalDay;
  startedAt: number;
  activeSeconds: number;
  routineId: string;
  routineName: string;
  tier: Tier;
  exercises: readonly ReportExercise[];
  effort?: Effort;
  painAfter?: number;
  note?: string;
}

/** One session as the report lists it: what was done, and by name what was not done in full. */
export interface SessionRow {
  day: LocalDay;
  routineId: string;
  /** The name stored with the session; screens show the library's name for `routineId` when it has one. */
  routine: string;
  tier: Tier;
  minutes: number;
  counts: Record<ExerciseResult, number>;
  /** The exercises not done in full, by name with what became of them (pain stops carry their score). */
  notDone: { exerciseId: string; name: string; outcome: Exclude<ExerciseResult, 'done'>; pain?: number }[];
  effort?: Effort;
  painAfter?: number;
  note?: string;
}

/** One exercise stopped for pain: when, in which routine, the score that stopped it and that day's check-in pain. */
export interface PainStop {
  day: LocalDay; routineId: string; routine: string; exerciseId: string; exercise: string; pain?: number; checkInPain?: number;
}

/** The pain score an exercise was stopped at: the last one reported for it (the stop ends the exercise). */
const stopScore = (e: ReportExercise): number | undefined => e.painReports?.at(-1);

/** `{ [key]: value }`, or nothing when the value is missing (optional fields are left out, never undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  const field: Partial<Record<K, V>> = {};
  if (value !== undefined) field[key] = value;
  return field;
}

/** The report's line for one session. */
export function sessionRow(s: SessionRowSource): SessionRow {
  const notDone = s.exercises.filter((e) => e.outcome !== 'done').map((e) => ({
    exerciseId: e.exerciseId, name: e.name, outcome: e.outcome as Exclude<ExerciseResult, 'done'>, ...(e.outcome === 'stopped-for-pain' ? optional('pain', stopScore(e)) : {}),
  }));
  return {
    day: s.day, routineId: s.routineId, routine: s.routineName, tier: s.tier, minutes: Math.round(s.activeSeconds / 60), counts: countOutcomes(s.exercises), notDone,
    ...optional('effort', s.effort), ...optional('painAfter', s.painAfter), ...optional('note', s.note),
  };
}

/** Every exercise stopped for pain in these sessions, oldest first, with its score and the day's check-in pain. */
export function painStopsOf(sessions: readonly SessionRowSource[], checkInPain: ReadonlyMap<LocalDay, number>): PainStop[] {
  return [...sessions].sort((a, b) => a.startedAt - b.startedAt).flatMap((s) => s.exercises
    .filter((e) => e.outcome === 'stopped-for-pain')
    .map((e) => ({ day: s.day, routineId: s.routineId, routine: s.routineName, exerciseId: e.exerciseId, exercise: e.name, ...optional('pain', stopScore(e)), ...optional('checkInPain', checkInPain.get(s.day)) })));
}
