import type { CheckInFact, HistoryFacts, SessionFact } from '../engine/records/history-facts';

/**
 * The summary store exists for speed only. Opening the app on years of history used to read every session and
 * check-in before today's screen could show its streak (half a second for five years in Chromium); the streaks,
 * the weekly goal and the levels need only a few facts of each record, and one record a year of them reads in a
 * few milliseconds. The sessions and check-ins stay the owners: a year's facts are only ever worked out from
 * them (history-facts.ts), written in the same transaction as every write and delete of a record and every
 * backup import, and rebuilt from the records by the database upgrade (a later upgrade that changes what a fact
 * is made of must rebuild it too). Reading is here; writing is in summary-write.ts, fetched with the screens that
 * write, so today's screen loads only this.
 */
export interface StoredYear {
  /** 'YYYY'. */
  year: string;
  /**
   * The year's facts as JSON text of rows (one array of values a fact, in the order of SESSION_ROW and
   * CHECK_IN_ROW): half the size of the same facts as objects, and in Chromium a few large records read
   * quicker than many small ones (five years as 60 monthly records took about three times as long as one).
   */
  facts: string;
}

/** The order of a session fact's values in a row ('' stands for an absent effort or time zone). */
export const SESSION_ROW = ['id', 'routineId', 'day', 'startedAt', 'endedAt', 'tier', 'level', 'effort', 'tookCare', 'stoppedForPain', 'timeZone'] as const;
/** The order of a check-in fact's values in a row ('' stands for an absent morning or time zone). */
export const CHECK_IN_ROW = ['date', 'at', 'flare', 'tier', 'triage', 'morning', 'timeZone'] as const;
const OPTIONAL = new Set<string>(['effort', 'timeZone', 'morning']);

export function toRow(fact: object, order: readonly string[]): unknown[] {
  return order.map((key) => (fact as Record<string, unknown>)[key] ?? '');
}

function fromRow<T>(row: readonly unknown[], order: readonly string[]): T {
  const fact: Record<string, unknown> = {};
  order.forEach((key, i) => {
    const value = row[i];
    if (!(OPTIONAL.has(key) && value === '')) fact[key] = value;
  });
  return fact as T;
}

/** One year's facts: each session's by its id, each check-in's by its date. */
export interface YearFacts {
  sessions: Record<string, SessionFact>;
  checkIns: Record<string, CheckInFact>;
}

export const yearOf = (day: string): string => day.slice(0, 4);
export function decode(stored: StoredYear | undefined): YearFacts {
  const year: YearFacts = { sessions: {}, checkIns: {} };
  if (!stored) return year;
  const rows = JSON.parse(stored.facts) as { sessions: unknown[][]; checkIns: unknown[][] };
  for (const row of rows.sessions) { const fact = fromRow<SessionFact>(row, SESSION_ROW); year.sessions[fact.id] = fact; }
  for (const row of rows.checkIns) { const fact = fromRow<CheckInFact>(row, CHECK_IN_ROW); year.checkIns[fact.date] = fact; }
  return year;
}

/** Every year's facts as one list of each (sessions oldest first, check-ins in date order). */
export function factsOfYears(years: readonly StoredYear[]): HistoryFacts {
  // Plain comparisons: the keys are ISO dates, and localeCompare is slow over thousands of them.
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const decoded = years.map(decode);
  const sessions = decoded.flatMap((y) => Object.values(y.sessions)).sort((a, b) => a.startedAt - b.startedAt);
  const checkIns = decoded.flatMap((y) => Object.values(y.checkIns)).sort((a, b) => byKey(a.date, b.date));
  return { sessions, checkIns };
}
