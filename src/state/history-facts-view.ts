import type { Accessor } from 'solid-js';
import { checkInFact, sessionFact, type CheckInFact, type HistoryFacts, type SessionFact } from '../engine/records/history-facts';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import { derived } from './derived';

/** Whether two lists of facts say the same, fact by fact (each fact a flat record of plain values). */
function sameFacts<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((fact, i) => {
    const other = b[i] as Record<string, unknown> | undefined;
    const keys = Object.keys(fact);
    return other !== undefined && keys.length === Object.keys(other).length
      && keys.every((key) => (fact as Record<string, unknown>)[key] === other[key]);
  });
}

/** Worked out once per record object: a write replaces the object, so a changed record is worked out again. */
function cached<R extends object, F>(of: (record: R) => F): (record: R) => F {
  const facts = new WeakMap<R, F>();
  return (record) => {
    let fact = facts.get(record);
    if (fact === undefined) facts.set(record, fact = of(record));
    return fact;
  };
}

/**
 * The facts of every session and check-in: those of the records in memory, and for the records not read yet, the
 * facts read from the summary (`unread`), less the sessions deleted since. When every record has been read, the
 * facts are the records' own, and if they say what the summary said the same object is kept, so nothing derived
 * from it (the streaks, the goal) is worked out again for the full read.
 */
export function factsWith(
  unread: Accessor<HistoryFacts>, sessions: Accessor<readonly StoredSession[]>, checkIns: Accessor<readonly StoredCheckIn[]>,
  deleted: Accessor<ReadonlySet<string>>,
): Accessor<HistoryFacts> {
  const ofSession = cached(sessionFact);
  const ofCheckIn = cached(checkInFact);
  let last: HistoryFacts | undefined;
  return derived(() => [unread(), sessions(), checkIns(), deleted()] as const, ([read, held, heldCheckIns, gone]) => {
    const ids = new Set(held.map((s) => s.id));
    const dates = new Set(heldCheckIns.map((c) => c.date));
    const sessionFacts: SessionFact[] = [...read.sessions.filter((f) => !ids.has(f.id) && !gone.has(f.id)), ...held.map(ofSession)]
      .sort((a, b) => a.startedAt - b.startedAt);
    const checkInFacts: CheckInFact[] = [...read.checkIns.filter((f) => !dates.has(f.date)), ...heldCheckIns.map(ofCheckIn)]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (last && sameFacts(last.sessions, sessionFacts) && sameFacts(last.checkIns, checkInFacts)) return last;
    last = { sessions: sessionFacts, checkIns: checkInFacts };
    return last;
  });
}
