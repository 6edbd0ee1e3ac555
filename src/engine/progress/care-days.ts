import type { TriageOutcome } from '../clinical/check-in-types';
import type { Tier } from '../content/content-types';
import type { LocalDay } from '../calendar/local-day';

/**
 * One logged thing, as streaks need it. `day` is the local day computed when it was written
 * (`localDayOf(at, timeZone)`); `at` and `timeZone`, when stored, let travel be recognised.
 */
export interface CareRecord {
  day: LocalDay;
  kind: 'session' | 'check-in';
  /** Sessions: true once the session was finished. */
  completed?: boolean;
  /** Check-ins: the dose tier. */
  tier?: Tier;
  /** Check-ins: the safety triage outcome; 'none' or absent means no red flag. */
  triage?: TriageOutcome;
  /** Milliseconds since the epoch when it was logged. */
  at?: number;
  /** The IANA time zone the device was in when it was logged. */
  timeZone?: string;
}

/** What one local day held, as far as care goes. */
export interface DayCare {
  hasSession: boolean;
  hasRest: boolean;
}

/** Whether a record is a completed session. */
export function isCompletedSession(record: CareRecord): boolean {
  return record.kind === 'session' && record.completed === true;
}

/** Whether a record is a flare or medical rest: a red-tier check-in or one with a triage outcome. */
export function isRestRecord(record: CareRecord): boolean {
  if (record.kind !== 'check-in') return false;
  return record.tier === 'red' || (record.triage !== undefined && record.triage !== 'none');
}

/** Whether a record makes its day a care day (CLINICAL.md section 6). */
export function isCareRecord(record: CareRecord): boolean {
  return isCompletedSession(record) || isRestRecord(record);
}

/** Whether one day's records make it a care day: a completed session, or resting on a flare or advice. */
export function isCareDay(dayRecords: readonly CareRecord[]): boolean {
  return dayRecords.some(isCareRecord);
}

/** Each local day that has any record, with what kind of care it held (none for lived, empty days). */
export function summarizeDays(records: readonly CareRecord[]): Map<LocalDay, DayCare> {
  const days = new Map<LocalDay, DayCare>();
  for (const record of records) {
    const care = days.get(record.day) ?? { hasSession: false, hasRest: false };
    days.set(record.day, {
      hasSession: care.hasSession || isCompletedSession(record),
      hasRest: care.hasRest || isRestRecord(record),
    });
  }
  return days;
}
