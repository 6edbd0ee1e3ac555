import type { IDBPTransaction, StoreNames } from 'idb';
import { checkInFact, sessionFact, type CheckInFact, type HistoryFacts, type SessionFact } from '../engine/records/history-facts';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import type { FlarewiseDB } from './schema';

/**
 * The summary store exists for speed only. Opening the app on years of history used to read every session and
 * check-in before today's screen could show its streak (half a second for five years in Chromium); the streaks,
 * the weekly goal and the levels need only a few facts of each record, and reading them from one record per
 * month takes a few milliseconds. The sessions and check-ins stay the owners: a month's facts are only ever
 * worked out from them (history-facts.ts), written in the same transaction as every write and delete of a
 * record and every backup import, and rebuilt from the records by the database upgrade.
 */
export interface MonthFacts {
  /** 'YYYY-MM'. */
  month: string;
  /** By session id. */
  sessions: Record<string, SessionFact>;
  /** By check-in date. */
  checkIns: Record<string, CheckInFact>;
}

type Tx = IDBPTransaction<FlarewiseDB, ArrayLike<StoreNames<FlarewiseDB>>, 'readwrite' | 'versionchange'>;

const monthOf = (day: string): string => day.slice(0, 7);

async function change(tx: Tx, day: string, edit: (month: MonthFacts) => void): Promise<void> {
  const store = tx.objectStore('summary');
  const month = (await store.get(monthOf(day))) ?? { month: monthOf(day), sessions: {}, checkIns: {} };
  edit(month);
  await store.put(month);
}

/** Puts a session's facts in its month (in the transaction that writes the session). */
export async function summariseSession(tx: Tx, session: StoredSession): Promise<void> {
  // A session put again under its id keeps its day; should it ever not, its old month must not keep it too.
  const before = await tx.objectStore('sessions').get(session.id);
  if (before && monthOf(before.day) !== monthOf(session.day)) await forgetSession(tx, before);
  await change(tx, session.day, (month) => { month.sessions[session.id] = sessionFact(session); });
}

/** Takes a deleted session's facts out of its month (in the transaction that deletes it). */
export function forgetSession(tx: Tx, session: StoredSession): Promise<void> {
  return change(tx, session.day, (month) => { delete month.sessions[session.id]; });
}

/** Puts a check-in's facts in its month (in the transaction that writes the check-in). */
export function summariseCheckIn(tx: Tx, checkIn: StoredCheckIn): Promise<void> {
  return change(tx, checkIn.date, (month) => { month.checkIns[checkIn.date] = checkInFact(checkIn); });
}

/** Works the whole summary out again from every stored session and check-in (the upgrade and backup import). */
export async function rebuildSummary(tx: Tx): Promise<void> {
  const [sessions, checkIns] = await Promise.all([tx.objectStore('sessions').getAll(), tx.objectStore('checkIns').getAll()]);
  const months = new Map<string, MonthFacts>();
  const monthFor = (day: string): MonthFacts => {
    let month = months.get(monthOf(day));
    if (!month) months.set(monthOf(day), month = { month: monthOf(day), sessions: {}, checkIns: {} });
    return month;
  };
  for (const s of sessions) monthFor(s.day).sessions[s.id] = sessionFact(s);
  for (const c of checkIns) monthFor(c.date).checkIns[c.date] = checkInFact(c);
  const store = tx.objectStore('summary');
  await store.clear();
  await Promise.all([...months.values()].map((month) => store.put(month)));
}

/** Every month's facts as one list of each (sessions oldest first, check-ins in date order). */
export function factsOfMonths(months: readonly MonthFacts[]): HistoryFacts {
  // Plain comparisons: the keys are ISO dates, and localeCompare is slow over thousands of them.
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...months].sort((a, b) => byKey(a.month, b.month));
  const sessions = sorted.flatMap((m) => Object.values(m.sessions)).sort((a, b) => a.startedAt - b.startedAt);
  const checkIns = sorted.flatMap((m) => Object.values(m.checkIns)).sort((a, b) => byKey(a.date, b.date));
  return { sessions, checkIns };
}
