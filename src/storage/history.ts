import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { HistoryFacts } from '../engine/records/history-facts';
import type { StoredSession } from '../engine/records/session-record';
import { readStored } from './db';
import { factsOfYears } from './summary';

/** Every session (oldest first) and every check-in (in date order), read in one transaction. */
export async function loadHistory(): Promise<{ sessions: StoredSession[]; checkIns: StoredCheckIn[] }> {
  const [sessions, checkIns] = await readStored((db) => {
    const tx = db.transaction(['sessions', 'checkIns'], 'readonly');
    return Promise.all([tx.objectStore('sessions').getAll(), tx.objectStore('checkIns').getAll(), tx.done]);
  }, [[], [], undefined]);
  return { sessions: sessions.sort((a, b) => a.startedAt - b.startedAt), checkIns };
}

/**
 * What today's screen needs, read in one transaction: the facts of every session and check-in (from the summary,
 * one record a year) and the check-in of `day`, if any. Far quicker than every record on a long history. Should
 * the summary not hold as many facts as there are records (records written without it), it is worked out again
 * from them first.
 */
export async function loadHistoryFacts(day: string): Promise<{ facts: HistoryFacts; checkIn: StoredCheckIn | undefined }> {
  const [years, checkIn, sessionCount, checkInCount] = await readStored((db) => {
    const tx = db.transaction(['summary', 'checkIns', 'sessions'], 'readonly');
    return Promise.all([
      tx.objectStore('summary').getAll(), tx.objectStore('checkIns').get(day), tx.objectStore('sessions').count(), tx.objectStore('checkIns').count(),
      tx.done,
    ]);
  }, [[], undefined, 0, 0, undefined]);
  const facts = factsOfYears(years);
  if (facts.sessions.length === sessionCount && facts.checkIns.length === checkInCount) return { facts, checkIn };
  await (await import('./summary-write')).repairSummary();
  return { facts: factsOfYears(await readStored((db) => db.getAll('summary'), [])), checkIn };
}
