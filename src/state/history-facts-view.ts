import type { Accessor } from 'solid-js';
import { checkInFact, sessionFact, type HistoryFacts } from '../engine/records/history-facts';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import { derived } from './derived';

/** Records written (or deleted) since the app started: their facts are worked out here from the records themselves. */
export interface Written {
  sessions: ReadonlyMap<string, StoredSession>;
  checkIns: ReadonlyMap<string, StoredCheckIn>;
  deleted: ReadonlySet<string>;
}

export const NOTHING_WRITTEN: Written = { sessions: new Map(), checkIns: new Map(), deleted: new Set() };

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sameRows<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((fact, i) => {
    const other = b[i] as Record<string, unknown> | undefined;
    const keys = Object.keys(fact);
    return other !== undefined && keys.length === Object.keys(other).length
      && keys.every((key) => (fact as Record<string, unknown>)[key] === other[key]);
  });
}

/** Whether two sets of facts say the same, fact by fact, in the same order. */
export function sameFacts(a: HistoryFacts, b: HistoryFacts): boolean {
  return sameRows(a.sessions, b.sessions) && sameRows(a.checkIns, b.checkIns);
}

/**
 * The facts of every session and check-in: those read at start (from the storage's summary, which the storage
 * keeps in step with the records in the same transactions), with the records written since put in their place.
 * Reading every record later changes none of them, so nothing derived from the facts is worked out again then.
 */
export function factsWith(read: Accessor<HistoryFacts>, written: Accessor<Written>): Accessor<HistoryFacts> {
  return derived(() => [read(), written()] as const, ([known, changed]) => {
    if (changed.sessions.size === 0 && changed.checkIns.size === 0 && changed.deleted.size === 0) return known;
    const sessions = [
      ...known.sessions.filter((f) => !changed.sessions.has(f.id) && !changed.deleted.has(f.id)),
      ...[...changed.sessions.values()].map(sessionFact),
    ].sort((a, b) => a.startedAt - b.startedAt);
    const checkIns = [...known.checkIns.filter((f) => !changed.checkIns.has(f.date)), ...[...changed.checkIns.values()].map(checkInFact)]
      .sort((a, b) => byKey(a.date, b.date));
    return { sessions, checkIns };
  });
}
