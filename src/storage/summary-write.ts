import type { IDBPTransaction, StoreNames } from 'idb';
import { checkInFact, sessionFact } from '../engine/records/history-facts';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import { openFlarewiseDB } from './db';
import type { FlarewiseDB } from './schema';
import { CHECK_IN_ROW, decode, SESSION_ROW, toRow, yearOf, type StoredYear, type YearFacts } from './summary';

// Keeping the summary (summary.ts says what it is and why) in step with the records it is worked out from.

type Tx = IDBPTransaction<FlarewiseDB, ArrayLike<StoreNames<FlarewiseDB>>, 'readwrite' | 'versionchange'>;

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

/** Works the summary out again from every session and check-in, in one transaction (it disagreed with them). */
export async function repairSummary(): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['sessions', 'checkIns', 'summary'], 'readwrite');
  await Promise.all([rebuildSummary(tx), tx.done]);
}
