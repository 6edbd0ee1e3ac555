import type { DBSchema } from 'idb';
import type { Routine } from '../engine/content-types';
import type { SessionState } from '../engine/session';
import type { SessionSummary } from '../engine/session-summary';

/** A finished session as stored: the summary plus what it was. */
export interface StoredSession extends SessionSummary {
  id: string;
  routineId: string;
  routineName: string;
  /** The local calendar day it was done on, 'YYYY-MM-DD'. */
  day: string;
}

/** The in-progress session, saved after every step. */
export interface Checkpoint {
  id: 'current';
  routineId: string;
  routineName: string;
  savedAt: number;
  state: SessionState;
}

/** The database as it is at the current version. */
export interface FlarewiseDB extends DBSchema {
  sessions: { key: string; value: StoredSession; indexes: { 'by-day': string } };
  checkpoint: { key: 'current'; value: Checkpoint };
  settings: { key: string; value: { key: string; value: unknown } };
  /** Routines the user built, ids 'custom-…' (added in version 2). */
  customRoutines: { key: string; value: Routine };
}

/** The name and current version of the database. */
export const DB_NAME = 'flarewise';
export const DB_VERSION = 2;
