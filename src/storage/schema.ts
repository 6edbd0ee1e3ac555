import type { DBSchema } from 'idb';
import type { CheckIn, Effort, TierDecision, TriageResult } from '../engine/clinical/check-in-types';
import type { Routine, Tier } from '../engine/content/content-types';
import type { PainLimits } from '../engine/clinical/pain-response';
import type { SessionState } from '../engine/session/session';
import type { SessionSummary } from '../engine/session/session-summary';

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
  /** Rated after the session (CLINICAL.md section 5). */
  effort?: Effort;
  /** Pain 0–10 reported right after the session. */
  painAfter?: number;
  /** The rest of the routine was kept to finish later the same day (src/engine/clinical/README.md, section 8). */
  finishLater?: boolean;
}

/** The day's check-in with what the app decided from it (CLINICAL.md sections 1–3). */
export interface StoredCheckIn extends CheckIn {
  triage: TriageResult;
  tier: TierDecision;
  timeZone?: string;
}

/** The in-progress session, saved after every step. */
export interface Checkpoint {
  id: 'current';
  routineId: string;
  routineName: string;
  savedAt: number;
  state: SessionState;
  /** What the session was planned with, so a resume is the same session (absent in checkpoints saved before it was kept). */
  planned?: CheckpointPlan;
}

/** The dose tier, routine level and pain limits a session was planned with. */
export interface CheckpointPlan {
  tier: Tier;
  level: number;
  pain: PainLimits;
}

/** The database as it is at the current version. */
export interface FlarewiseDB extends DBSchema {
  sessions: { key: string; value: StoredSession; indexes: { 'by-day': string } };
  checkpoint: { key: 'current'; value: Checkpoint };
  settings: { key: string; value: { key: string; value: unknown } };
  /** Routines the user built, ids 'custom-…' (added in version 2). */
  customRoutines: { key: string; value: Routine };
  /** One check-in per local day, keyed by 'YYYY-MM-DD' (added in version 3). */
  checkIns: { key: string; value: StoredCheckIn };
}

/** The name and current version of the database. */
export const DB_NAME = 'flarewise';
export const DB_VERSION = 4;
