import { createSignal, type Accessor } from 'solid-js';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { SessionFeedback, StoredSession } from '../engine/records/session-record';

/** Where the history is kept; the browser passes idb-backed functions, tests pass fakes. */
export interface HistoryStorage {
  /** Every session (oldest first) and every check-in, read together. */
  loadHistory(): Promise<{ sessions: StoredSession[]; checkIns: StoredCheckIn[] }>;
  saveCheckIn(checkIn: StoredCheckIn): Promise<void>;
  /** Stores a finished session and clears the checkpoint. */
  completeSession(session: StoredSession): Promise<void>;
  /** Stores the part done so far of a session kept to finish later (its checkpoint stays). */
  storeSessionPart(session: StoredSession): Promise<void>;
  saveSessionFeedback(feedback: SessionFeedback): Promise<StoredSession>;
  deleteSession(id: string): Promise<void>;
  restoreSession(session: StoredSession): Promise<void>;
  /** Sets a session's note and returns the session as saved (undefined when it is not stored). */
  saveSessionNote(id: string, note: string): Promise<StoredSession | undefined>;
}

/**
 * The one history of sessions and check-ins, read once: today's check-in, the streaks, the progress snapshot
 * and the levels are all derived from it. Each write goes to storage and puts the same record here, so nothing
 * is read again and no second copy is kept in step.
 */
export interface History extends Omit<HistoryStorage, 'loadHistory'> {
  loaded: Accessor<boolean>;
  /** Why the history could not be read, if it could not. */
  error: Accessor<string | null>;
  /** Oldest first. */
  sessions: Accessor<readonly StoredSession[]>;
  /** In date order. */
  checkIns: Accessor<readonly StoredCheckIn[]>;
  /** Resolves once the history has been read (or failed to be). */
  settled(): Promise<void>;
}

const byStart = (a: StoredSession, b: StoredSession) => a.startedAt - b.startedAt;
const byDate = (a: StoredCheckIn, b: StoredCheckIn) => a.date.localeCompare(b.date);

/** Reads the history at once and keeps it as the records are written. */
export function createHistory(storage: HistoryStorage, failed: (error: unknown) => void): History {
  const [sessions, setSessions] = createSignal<readonly StoredSession[]>([]);
  const [checkIns, setCheckIns] = createSignal<readonly StoredCheckIn[]>([]);
  const [loaded, setLoaded] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const putSession = (session: StoredSession) => setSessions((list) => [...list.filter((s) => s.id !== session.id), session].sort(byStart));
  const reading = storage.loadHistory().then((read) => {
    // A record written while the history was being read is kept (it is newer than what was read).
    setSessions((written) => [...read.sessions.filter((s) => !written.some((w) => w.id === s.id)), ...written].sort(byStart));
    setCheckIns((written) => [...read.checkIns.filter((c) => !written.some((w) => w.date === c.date)), ...written].sort(byDate));
  }, (e: unknown) => { setError(e instanceof Error ? e.message : String(e)); failed(e); }).finally(() => setLoaded(true));
  // Shown at once (a write that fails is reported, and the screen still shows what the person did).
  const write = <T>(show: () => void, save: Promise<T>) => { show(); return save.catch((e: unknown) => { failed(e); throw e; }); };
  return {
    loaded, error, sessions, checkIns,
    settled: () => reading,
    saveCheckIn: (checkIn) => write(() => setCheckIns((list) => [...list.filter((c) => c.date !== checkIn.date), checkIn].sort(byDate)),
      storage.saveCheckIn(checkIn)),
    completeSession: (session) => write(() => putSession(session), storage.completeSession(session)),
    storeSessionPart: (session) => write(() => putSession(session), storage.storeSessionPart(session)),
    deleteSession: (id) => write(() => setSessions((list) => list.filter((s) => s.id !== id)), storage.deleteSession(id)),
    restoreSession: (session) => write(() => putSession(session), storage.restoreSession(session)),
    async saveSessionFeedback(feedback) {
      const saved = await write(() => undefined, storage.saveSessionFeedback(feedback));
      putSession(saved);
      return saved;
    },
    async saveSessionNote(id, note) {
      const saved = await write(() => undefined, storage.saveSessionNote(id, note));
      if (saved) putSession(saved);
      return saved;
    },
  };
}
