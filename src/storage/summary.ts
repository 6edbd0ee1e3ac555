import type { IDBPTransaction, StoreNames } from 'idb';
import { checkInFact, sessionFact, type CheckInFact, type HistoryFacts, type SessionFact } from '../engine/records/history-facts';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import type { FlarewiseDB } from './schema';

/**
 * The summary store exists for speed only. Opening the app on years of history used to read every session and
 * check-in before today's screen could show its streak (half a second for five years in Chromium); the streaks,
 * the weekly goal and the levels need only a few facts of each record, and one record a year of them reads in a
 * few milliseconds. The sessions and check-ins stay the owners: a year's facts are only ever worked out from
 * them (history-facts.ts), written in the same transaction as every write and delete of a record and every
 * backup import, and rebuilt from the records by the database upgrade (a later upgrade that changes what a fact
 * is made of must rebuild it too).
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
const SESSION_ROW = ['id', 'routineId', 'day', 'startedAt', 'endedAt', 'tier', 'level', 'effort', 'tookCare', 'stoppedForPain', 'timeZone'] as const;
/** The order of a check-in fact's values in a row ('' stands for an absent morning or time zone). */
const CHECK_IN_ROW = ['date', 'at', 'flare', 'tier', 'triage', 'morning', 'timeZone'] as const;
const OPTIONAL = new Set<string>(['effort', 'timeZone', 'morning']);

function toRow(fact: object, order: readonly string[]): unknown[] {
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
interface YearFacts {
  sessions: Record<string, SessionFact>;
  checkIns: Record<string, CheckInFact>;
}

type Tx = IDBPTransaction<FlarewiseDB, ArrayLike<StoreNames<FlarewiseDB>>, 'readwrite' | 'versionchange'>;

const yearOf = (day: string): string => day.slice(0, 4);
function decode(stored: StoredYear | undefined): YearFacts {
  const year: YearFacts = { sessions: {}, checkIns: {} };
  if (!stored) return year;
  const rows = JSON.parse(stored.facts) as { sessions: unknown[][]; checkIns: unknown[][] };
  for (const row of rows.sessions) { const fact = fromRow<SessionFact>(row, SESSION_ROW); year.sessions[fact.id] = fact; }
  for (const row of rows.checkIns) { const fact = fromRow<CheckInFact>(row, CHECK_IN_ROW); year.checkIns[fact.date] = fact; }
  return year;
}

function encode(year: string, facts: YearFacts): StoredYear {
  const rows = {
    sessions: Object.values(facts.sessions).map((fact) => toRow(fact, SESSION_ROW)),
    checkIns: Object.values(facts.checkIns).map((fact) => toRow(fact, CHECK_IN_ROW)),
  };
  return { year, facts: JSON.stringify(rows) };
}

async function change(tx: Tx, day: string, edit: (year: YearFacts) => void): Promise<void> {
  const store = tx.objectStore('summary');
  const facts = decode(await store.get(yearOf(day)));
  edit(facts);
  await store.put(encode(yearOf(day), facts));
}

/** Takes a deleted session's facts out of its year (in the transaction that deletes it). */
export function forgetSession(tx: Tx, session: StoredSession): Promise<void> {
  return change(tx, session.day, (year) => { delete year.sessions[session.id]; });
}

/** Puts a session's facts in its year (in the transaction that writes the session). */
export async function summariseSession(tx: Tx, session: StoredSession): Promise<void> {
  // A session put again under its id keeps its day; should it ever not, its old year must not keep it too.
  const before = await tx.objectStore('sessions').get(session.id);
  if (before && yearOf(before.day) !== yearOf(session.day)) await forgetSession(tx, before);
  await change(tx, session.day, (year) => { year.sessions[session.id] = sessionFact(session); });
}

/** Puts a check-in's facts in its year (in the transaction that writes the check-in). */
export function summariseCheckIn(tx: Tx, checkIn: StoredCheckIn): Promise<void> {
  return change(tx, checkIn.date, (year) => { year.checkIns[checkIn.date] = checkInFact(checkIn); });
}

/** Works the whole summary out again from every stored session and check-in (the upgrade and backup import). */
export async function rebuildSummary(tx: Tx): Promise<void> {
  const [sessions, checkIns] = await Promise.all([tx.objectStore('sessions').getAll(), tx.objectStore('checkIns').getAll()]);
  const years = new Map<string, YearFacts>();
  const yearFor = (day: string): YearFacts => {
    let year = years.get(yearOf(day));
    if (!year) years.set(yearOf(day), year = { sessions: {}, checkIns: {} });
    return year;
  };
  for (const s of sessions) yearFor(s.day).sessions[s.id] = sessionFact(s);
  for (const c of checkIns) yearFor(c.date).checkIns[c.date] = checkInFact(c);
  const store = tx.objectStore('summary');
  await store.clear();
  await Promise.all([...years].map(([year, facts]) => store.put(encode(year, facts))));
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
