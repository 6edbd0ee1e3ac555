import { levelForToday } from '../engine/clinical/level-today';
import type { StoredLevel } from '../engine/records/level-record';
import type { SessionFeedback } from '../engine/records/session-record';
import { openFlarewiseDB } from './db';

/** Why feedback could not be saved: the session it is about is not stored. */
export class SessionNotFoundError extends Error {}

/**
 * Saves the feedback onto the stored session and the routine's next level that follows from it, in one
 * transaction: if either write fails, neither happens. Returns the level saved.
 */
export async function saveSessionFeedback(feedback: SessionFeedback, now: number): Promise<StoredLevel> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['sessions', 'checkIns', 'levels'], 'readwrite');
  // An abort rejects tx.done; the error that caused it is the one worth reporting.
  tx.done.catch(() => undefined);
  try {
    const sessions = tx.objectStore('sessions');
    const session = await sessions.get(feedback.sessionId);
    if (session === undefined) throw new SessionNotFoundError(`No stored session ${feedback.sessionId}`);
    const updated = { ...session, effort: feedback.effort, ...(feedback.painAfter === undefined ? {} : { painAfter: feedback.painAfter }) };
    await sessions.put(updated);
    const played = (await sessions.getAll()).map((s) => (s.id === updated.id ? updated : s));
    const checkIns = await tx.objectStore('checkIns').getAll();
    const change = levelForToday(updated.routineId, played, checkIns, now);
    const level: StoredLevel = { routineId: updated.routineId, level: change.level, updatedAt: now, change: change.change, reason: change.reason };
    await tx.objectStore('levels').put(level);
    await tx.done;
    return level;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing was left to undo.
  }
}
