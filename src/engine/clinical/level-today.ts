import type { Effort, MorningFeeling } from './check-in-types';
import type { Tier } from '../content/content-types';
import type { LocalDay } from '../calendar/local-day';
import { nextLevel, type DayReport, type LevelChange, type PlayedSession } from './progression';

/** What progression reads from a stored session (StoredSession fits). */
export interface SessionRecord {
  routineId: string;
  day: LocalDay;
  endedAt: number;
  tier: Tier;
  level: number;
  effort?: Effort;
  exercises: readonly { outcome: string }[];
}

/** What progression reads from a stored check-in (StoredCheckIn fits). */
export interface CheckInRecord {
  at: number;
  date: LocalDay;
  tier: { tier: Tier };
  morning?: MorningFeeling;
}

function played(s: SessionRecord): PlayedSession {
  return {
    at: s.endedAt, day: s.day, tier: s.tier, level: s.level,
    stoppedForPain: s.exercises.some((e) => e.outcome === 'stopped-for-pain'),
    ...(s.effort === undefined ? {} : { effort: s.effort }),
  };
}

/**
 * A routine's level for a session started at `now` on local day `today`, derived from the whole history
 * (src/engine/clinical/README.md, section 5). This is the one place a level is decided: nothing stores it.
 */
export function levelForToday(
  routineId: string, sessions: readonly SessionRecord[], checkIns: readonly CheckInRecord[], now: number, today: LocalDay,
): LevelChange {
  return levelOfPlayed(
    routineId, sessions.map((s) => ({ routineId: s.routineId, session: played(s) })),
    checkIns.map((c) => ({ at: c.at, day: c.date, tier: c.tier.tier, ...(c.morning === undefined ? {} : { morning: c.morning }) })), now, today,
  );
}

/** The same from each session as progression sees it (with its routine) and each check-in as a day's report. */
export function levelOfPlayed(
  routineId: string, sessions: readonly { routineId: string; session: PlayedSession }[], days: readonly DayReport[], now: number, today: LocalDay,
): LevelChange {
  const all = [...sessions].sort((a, b) => a.session.at - b.session.at);
  return nextLevel({
    sessions: all.filter((s) => s.routineId === routineId).map((s) => s.session),
    allSessions: all.map((s) => s.session).filter((s) => s.at <= now),
    days: days.filter((d) => d.at <= now),
  }, now, today);
}
