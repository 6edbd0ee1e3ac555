import { cleanNote } from '../engine/session/session-note';
import { openFlarewiseDB, readStored } from './db';
import type { StoredSession } from '../engine/records/session-record';
import { forgetSession, summariseSession } from './summary-write';

/** Puts a session and its facts in the summary, in one transaction (with the checkpoint cleared, when asked). */
async function putSession(session: StoredSession, clearCheckpoint = false): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['sessions', 'summary', 'checkpoint'], 'readwrite');
  const write = async () => {
    await summariseSession(tx, session);
    await tx.objectStore('sessions').put(session);
    if (clearCheckpoint) await tx.objectStore('checkpoint').delete('current');
  };
  await Promise.all([write(), tx.done]);
}

/** Stores a finished session and clears the checkpoint, in one transaction. */
export function completeSession(session: StoredSession): Promise<void> {
  return putSession(session, true);
}

/**
 * Stores the part of a session done so far, kept to finish later today (its checkpoint stays). Finishing it
 * later stores the whole session under the same id, so the day holds one session.
 */
export function storeSessionPart(session: StoredSession): Promise<void> {
  return putSession(session);
}

/** Every stored session, oldest first. */
export async function listSessions(): Promise<StoredSession[]> {
  const sessions = await readStored((db) => db.getAll('sessions'), []);
  return sessions.sort((a, b) => a.startedAt - b.startedAt);
}

/** Deletes one stored session (its after-session answers go with it: they are part of the record). */
export async function deleteSession(id: string): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['sessions', 'summary'], 'readwrite');
  const remove = async () => {
    const session = await tx.objectStore('sessions').get(id);
    if (session) await forgetSession(tx, session);
    await tx.objectStore('sessions').delete(id);
  };
  await Promise.all([remove(), tx.done]);
}

/** Puts a session back exactly as it was: the undo of a delete. */
export function restoreSession(session: StoredSession): Promise<void> {
  return putSession(session);
}

/** Sets a session's note (trimmed, cut to the limit), or removes it when `note` is blank, in one transaction; returns it as saved. */
export async function saveSessionNote(id: string, note: string): Promise<StoredSession | undefined> {
  const db = await openFlarewiseDB();
  // A note is no fact of the summary's, so the summary is left as it is.
  const tx = db.transaction('sessions', 'readwrite');
  const session = await tx.store.get(id);
  let saved: StoredSession | undefined;
  if (session !== undefined) {
    const { note: _old, ...rest } = session;
    const text = cleanNote(note);
    saved = text === undefined ? rest : { ...rest, note: text };
    await tx.store.put(saved);
  }
  await tx.done;
  return saved;
}
