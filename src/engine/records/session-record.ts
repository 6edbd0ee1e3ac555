import type { Effort } from '../clinical/check-in-types';
import type { Tier } from '../content/content-types';
import type { SessionSummary } from '../session/session-summary';

/** A finished session as stored: the summary plus what it was. */
export interface StoredSession extends SessionSummary {
  id: string;
  routineId: string;
  routineName: string;
  /** The local calendar day it was done on, 'YYYY-MM-DD'. */
  day: string;
  /** The dose tier it was played at (sessions from before check-ins existed were full routines: green). */
  tier: Tier;
  /** The routine's progression level it was played at. */
  level: number;
  /** The IANA time zone the device was in, so a travelling user's days stay right. */
  timeZone?: string;
  /** Rated after the session (see clinical/README.md, progression). */
  effort?: Effort;
  /** Pain 0–10 reported right after the session. */
  painAfter?: number;
  /** The rest of the routine was kept to finish later the same day (clinical/README.md, section 8). */
  finishLater?: boolean;
  /** A short note the user added afterwards (kept from database version 5). */
  note?: string;
}

/** What the user said right after a session. */
export interface SessionFeedback {
  /** The stored session's id, `${startedAt}-${routineId}`. */
  sessionId: string;
  effort: Effort;
  painAfter?: number;
}
