import type { SessionFeedback, StoredSession } from '../engine/records/session-record';
import { openFlarewiseDB } from './db';
import { summariseSession } from './summary-write';

/** Why feedback could not be saved: the session it is about is not stored. */
export class SessionNotFoundError extends Error {}

/**
 * Saves the feedback onto the stored session, in one transaction, and returns the session as saved. The level
 * that follows is not stored: it is derived from the history (engine/clinical/level-today.ts).
 */
export async function saveSessionFeedback(feedback: SessionFeedback): Promise<StoredSession> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['sessions', 'summary'], 'readwrite');
  const session = await tx.objectStore('sessions').get(feedback.sessionId);
  if (session === undefined) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new SessionNotFoundError(`No stored session ${feedback.sessionId}`);
  }
  const updated: StoredSession = {
    ...session, effort: feedback.effort, ...(feedback.painAfter === undefined ? {} : { painAfter: feedback.painAfter }),
  };
  // The effort is one of the summary's facts (the level follows from it).
  await Promise.all([summariseSession(tx, updated).then(() => tx.objectStore('sessions').put(updated)), tx.done]);
  return updated;
}
