import type { ExerciseResult } from '../engine/clinical/care-credit';
import type { ExerciseOutcome } from '../engine/session/session-summary';
import type { StoredSession } from '../engine/records/session-record';

/** The database version from which each exercise has one outcome and levels are no longer stored. */
export const OUTCOMES_SINCE_VERSION = 6;

/** One exercise as versions 1–5 stored it: flags instead of one outcome. */
export interface ExerciseV3 {
  exerciseId: string;
  name: string;
  setsPlanned: number;
  setsDone: number;
  repsDone: number;
  secondsWorked: number;
  skipped: boolean;
  endedEarly: boolean;
  painReports: number[];
  stoppedForPain?: boolean;
}

/** A session as versions 1–5 stored it (tier, level and pain-stop ids arrived in version 3). */
export type SessionV3 = Omit<StoredSession, 'exercises' | 'tier' | 'level'> & {
  tier?: StoredSession['tier'];
  level?: number;
  completed: boolean;
  stoppedForPain?: string[];
  exercises?: ExerciseV3[];
};

/**
 * What an exercise of an older record became. Old records said "completed" for a whole session even when
 * every exercise was skipped; version 4 keeps the truth per exercise instead: a pain stop (on the exercise
 * or listed on the session) first, then skipped, then every planned set done, then any time worked (partly
 * done). An exercise not reached before the session ended had no work: skipped.
 */
function resultOfV3(old: ExerciseV3, stoppedIds: readonly string[]): ExerciseResult {
  if (old.stoppedForPain === true || stoppedIds.includes(old.exerciseId)) return 'stopped-for-pain';
  if (old.skipped) return 'skipped';
  if (old.setsPlanned > 0 && old.setsDone >= old.setsPlanned) return 'done';
  return old.secondsWorked > 0 || old.repsDone > 0 ? 'partly' : 'skipped';
}

/**
 * A session of versions 1–5 as version 6 stores it, used by the upgrade ladder and by backup import alike.
 * The old `completed` flag is dropped: whether the session counted is decided from its exercises. Sessions
 * from before check-ins were full routines at the prescribed level (green, level 0).
 */
export function sessionFromV3(old: SessionV3): StoredSession {
  const { completed: _completed, stoppedForPain, exercises, ...rest } = old;
  const stoppedIds = stoppedForPain ?? [];
  // The earliest records may lack the list; nothing can be said to have been done then.
  const upgraded: ExerciseOutcome[] = (exercises ?? []).map((e) => ({
    exerciseId: e.exerciseId, name: e.name, setsPlanned: e.setsPlanned, setsDone: e.setsDone, repsDone: e.repsDone,
    secondsWorked: e.secondsWorked, painReports: e.painReports, outcome: resultOfV3(e, stoppedIds),
  }));
  return { ...rest, tier: old.tier ?? 'green', level: old.level ?? 0, exercises: upgraded };
}

/** Whether a stored record still has the shape of versions 1–5 (its session-wide `completed` flag). */
export function isSessionV3(record: unknown): record is SessionV3 {
  return typeof record === 'object' && record !== null && 'completed' in record;
}
