import type { Effort, LevelChange, MorningFeeling } from './check-in-types';
import type { Tier } from '../content/content-types';
import { nextLevel } from './progression';

/** What progression reads from a stored session (StoredSession fits). */
export interface PlayedSession {
  routineId: string;
  endedAt: number;
  tier: Tier;
  level: number;
  effort?: Effort;
  /** Ids of exercises stopped for pain. */
  stoppedForPain: readonly string[];
}

/** What progression reads from a stored check-in (StoredCheckIn fits). */
export interface MorningAnswer {
  at: number;
  morning?: MorningFeeling;
}

/**
 * A routine's level for a session started at `now`, replayed from its played sessions and every morning report
 * (CLINICAL.md section 5): a worse morning in today's check-in already steps today's plan down.
 */
export function levelForToday(
  routineId: string, sessions: readonly PlayedSession[], checkIns: readonly MorningAnswer[], now: number,
): LevelChange {
  const played = sessions.filter((s) => s.routineId === routineId).sort((a, b) => a.endedAt - b.endedAt)
    .map((s) => ({
      at: s.endedAt, tier: s.tier, level: s.level, stoppedForPain: s.stoppedForPain.length > 0,
      ...(s.effort === undefined ? {} : { effort: s.effort }),
    }));
  const mornings = checkIns.flatMap((c) => (c.morning === undefined ? [] : [{ at: c.at, feeling: c.morning }]));
  return nextLevel({ sessions: played, mornings }, now);
}
