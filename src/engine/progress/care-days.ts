import type { FlareState, TriageOutcome } from '../clinical/check-in-types';
import type { Tier } from '../content/content-types';
import type { LocalDay } from '../calendar/local-day';

/**
 * One logged thing, as streaks need it. `day` is the local day computed when it was written
 * (`localDayOf(at, timeZone)`); `at` and `timeZone`, when stored, let travel be recognised.
 */
export interface CareRecord {
  day: LocalDay;
  kind: 'session' | 'check-in';
  /** Sessions: whether at least one exercise was done, partly done or stopped for pain. */
  tookCare?: boolean;
  /** Check-ins: the flare state. */
  flare?: FlareState;
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

/** Whether a record is a session that took care (src/engine/clinical/README.md, section 6); a pain stop counts. */
export function isCareSessionRecord(record: CareRecord): boolean {
  return record.kind === 'session' && record.tookCare === true;
}

/** Whether a record is flare or medical rest: a check-in with any flare, in the red tier, or with a triage outcome. */
export function isRestRecord(record: CareRecord): boolean {
  if (record.kind !== 'check-in') return false;
  const flared = record.flare !== undefined && record.flare !== 'none';
  return flared || record.tier === 'red' || (record.triage !== undefined && record.triage !== 'none');
}

/** Whether a record makes its day a care day (src/engine/clinical/README.md, section 6). */
export function isCareRecord(record: CareRecord): boolean {
  return isCareSessionRecord(record) || isRestRecord(record);
}

/** Whether one day's records make it a care day: a session that took care, or resting on a flare or advice. */
export function isCareDay(dayRecords: readonly CareRecord[]): boolean {
  return dayRecords.some(isCareRecord);
}

/** Each local day that has any record, with what kind of care it held (none for lived, empty days). */
export function summarizeDays(records: readonly CareRecord[]): Map<LocalDay, DayCare> {
  const days = new Map<LocalDay, DayCare>();
  // One object a day, filled in place: five years of history is thousands of records on the way to today's screen.
  for (const record of records) {
    let care = days.get(record.day);
    if (!care) days.set(record.day, care = { hasSession: false, hasRest: false });
    care.hasSession ||= isCareSessionRecord(record);
    care.hasRest ||= isRestRecord(record);
  }
  return days;
}
