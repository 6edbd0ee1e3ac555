import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import { openFlarewiseDB } from './db';

/** Every session (oldest first) and every check-in (in date order), read in one transaction. */
export async function loadHistory(): Promise<{ sessions: StoredSession[]; checkIns: StoredCheckIn[] }> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['sessions', 'checkIns'], 'readonly');
  const [sessions, checkIns] = await Promise.all([tx.objectStore('sessions').getAll(), tx.objectStore('checkIns').getAll(), tx.done]);
  return { sessions: sessions.sort((a, b) => a.startedAt - b.startedAt), checkIns };
}
