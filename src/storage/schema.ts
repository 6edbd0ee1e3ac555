import type { DBSchema } from 'idb';
import type { Routine } from '../engine/content/content-types';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { Checkpoint } from '../engine/records/checkpoint';
import type { StoredSession } from '../engine/records/session-record';
import type { StoredYear } from './summary';

/**
 * The database as it is at the current version. Version 6 gave each exercise of a session one outcome and
 * removed the stored levels (a routine's level is derived from the sessions and check-ins). Version 7 keeps a
 * check-in's triage as codes, where it was made (this device or a backup) and the answers it corrected. Version 8
 * adds the summary: the facts of each year's records, an index derived from them (summary.ts says why).
 */
export interface FlarewiseDB extends DBSchema {
  /** Finished sessions (a note may be added from version 5). */
  sessions: { key: string; value: StoredSession; indexes: { 'by-day': string } };
  checkpoint: { key: 'current'; value: Checkpoint };
  settings: { key: string; value: { key: string; value: unknown } };
  /** Routines the user built, ids 'custom-…' (added in version 2). */
  customRoutines: { key: string; value: Routine };
  /** One check-in per local day, keyed by 'YYYY-MM-DD' (added in version 3; hot-joint regions and reason codes in 4; triage codes and origin in 7). */
  checkIns: { key: string; value: StoredCheckIn };
  /** Derived from sessions and check-ins, keyed by year 'YYYY' (added in version 8; summary.ts). */
  summary: { key: string; value: StoredYear };
}

/** The name and current version of the database. */
export const DB_NAME = 'flarewise';
export const DB_VERSION = 8;
