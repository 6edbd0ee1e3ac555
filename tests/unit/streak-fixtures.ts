import { localDayOf } from '../../src/engine/calendar/local-day';
import type { CareRecord } from '../../src/engine/progress/care-days';

/** The records the streak tests log: one kind of care day (or not) on a given date. */
export const HOUR = 3_600_000;
export const session = (day: string): CareRecord => ({ day, kind: 'session', tookCare: true });
export const flare = (day: string): CareRecord => ({ day, kind: 'check-in', tier: 'red', triage: 'none' });
export const triaged = (day: string): CareRecord => ({ day, kind: 'check-in', tier: 'green', triage: 'urgent' });
export const greenCheckIn = (day: string): CareRecord => ({ day, kind: 'check-in', tier: 'green', triage: 'none' });

/** A record logged at instant `at` in `timeZone`, dated the way the app dates it at write time. */
export function loggedAt(at: number, timeZone: string, make: (day: string) => CareRecord = session): CareRecord {
  return { ...make(localDayOf(at, timeZone)), at, timeZone };
}
