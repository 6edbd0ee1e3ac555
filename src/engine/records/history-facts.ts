import type { FlareState, MorningFeeling, TriageOutcome } from '../clinical/check-in-types';
import { isCareSession } from '../clinical/care-credit';
import { levelOfPlayed } from '../clinical/level-today';
import type { LevelChange } from '../clinical/progression';
import type { Tier } from '../content/content-types';
import type { CareRecord } from '../progress/care-days';
import type { StoredCheckIn } from './check-in-record';
import type { StoredSession } from './session-record';

/**
 * What the streaks, the weekly goal and the levels read from one stored session, and nothing more. The session
 * record is the owner; a fact is always worked out from it by `sessionFact` (never written by hand).
 */
export interface SessionFact {
  id: string;
  routineId: string;
  day: StoredSession['day'];
  startedAt: number;
  endedAt: number;
  tier: Tier;
  level: number;
  effort?: StoredSession['effort'];
  /** At least one exercise done, partly done or stopped for pain (a care day). */
  tookCare: boolean;
  stoppedForPain: boolean;
  timeZone?: string;
}

/** What the streaks, the weekly goal and the levels read from one stored check-in (worked out by `checkInFact`). */
export interface CheckInFact {
  date: StoredCheckIn['date'];
  at: number;
  flare: FlareState;
  tier: Tier;
  triage: TriageOutcome;
  morning?: MorningFeeling;
  timeZone?: string;
}

/** The facts of every session and check-in. */
export interface HistoryFacts {
  sessions: readonly SessionFact[];
  checkIns: readonly CheckInFact[];
}

/** The facts of one stored session. */
export function sessionFact(s: StoredSession): SessionFact {
  return {
    id: s.id, routineId: s.routineId, day: s.day, startedAt: s.startedAt, endedAt: s.endedAt, tier: s.tier, level: s.level,
    tookCare: isCareSession(s.exercises), stoppedForPain: s.exercises.some((e) => e.outcome === 'stopped-for-pain'),
    ...(s.effort === undefined ? {} : { effort: s.effort }),
    ...(s.timeZone ? { timeZone: s.timeZone } : {}),
  };
}

/** The facts of one stored check-in. */
export function checkInFact(c: StoredCheckIn): CheckInFact {
  return {
    date: c.date, at: c.at, flare: c.flare, tier: c.tier.tier, triage: c.triage.outcome,
    ...(c.morning === undefined ? {} : { morning: c.morning }),
    ...(c.timeZone ? { timeZone: c.timeZone } : {}),
  };
}

/** The facts of every record given. */
export function factsOf(sessions: readonly StoredSession[], checkIns: readonly StoredCheckIn[]): HistoryFacts {
  return { sessions: sessions.map(sessionFact), checkIns: checkIns.map(checkInFact) };
}

/** The facts as the streak engine's care records (the same records `toCareRecords` makes from the full ones). */
export function careRecordsOf(facts: HistoryFacts): CareRecord[] {
  const records: CareRecord[] = [];
  for (const s of facts.sessions) {
    records.push({ day: s.day, kind: 'session', tookCare: s.tookCare, at: s.startedAt, ...(s.timeZone ? { timeZone: s.timeZone } : {}) });
  }
  for (const c of facts.checkIns) {
    records.push({
      day: c.date, kind: 'check-in', flare: c.flare, tier: c.tier, triage: c.triage, at: c.at,
      ...(c.timeZone ? { timeZone: c.timeZone } : {}),
    });
  }
  return records;
}

/** A routine's level for a session at `now` on `today`, from the facts (the same as `levelForToday` on the records). */
export function levelFromFacts(routineId: string, facts: HistoryFacts, now: number, today: StoredSession['day']): LevelChange {
  return levelOfPlayed(
    routineId,
    facts.sessions.map((s) => ({
      routineId: s.routineId,
      session: { at: s.endedAt, day: s.day, tier: s.tier, level: s.level, stoppedForPain: s.stoppedForPain, ...(s.effort === undefined ? {} : { effort: s.effort }) },
    })),
    facts.checkIns.map((c) => ({ at: c.at, day: c.date, tier: c.tier, ...(c.morning === undefined ? {} : { morning: c.morning }) })),
    now, today,
  );
}
