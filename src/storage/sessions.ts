import { openFlarewiseDB } from './db';
import type { StoredSession } from '../engine/records/session-record';

/** Stores a finished session and clears the checkpoint, in one transaction. */
export async function completeSession(session: StoredSession): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['sessions', 'checkpoint'], 'readwrite');
  await Promise.all([tx.objectStore('sessions').put(session), tx.objectStore('checkpoint').delete('current'), tx.done]);
}

/** Every stored session, oldest first. */
export async function listSessions(): Promise<StoredSession[]> {
  const db = await openFlarewiseDB();
  const sessions = await db.getAll('sessions');
  return sessions.sort((a, b) => a.startedAt - b.startedAt);
}
