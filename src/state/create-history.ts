import { createSignal, type Accessor } from 'solid-js';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import { factsOf, type HistoryFacts } from '../engine/records/history-facts';
import type { SessionFeedback, StoredSession } from '../engine/records/session-record';
import { factsWith, NOTHING_WRITTEN, sameFacts, type Written } from './history-facts-view';

/** Where the history is kept; the browser passes idb-backed functions, tests pass fakes. */
export interface HistoryStorage {
  /** Every session (oldest first) and every check-in, read together. */
  loadHistory(): Promise<{ sessions: StoredSession[]; checkIns: StoredCheckIn[] }>;
  /**
   * The facts of every session and check-in (from the storage's summary) and the check-in of `day`: all that
   * today's screen needs, read far quicker than every record. Without it the history is read in one step.
   */
  loadHistoryFacts?(day: string): Promise<{ facts: HistoryFacts; checkIn: StoredCheckIn | undefined }>;
  /** Works the summary out again from the records, should it ever disagree with them. */
  rebuildSummary?(): Promise<void>;
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

/** Read in two steps, with today's check-in on this local day; without it, every record is read at once. */
export interface HistoryReading {
  today: string;
}

/**
 * The one history of sessions and check-ins: today's check-in, the streaks, the progress snapshot and the levels
 * are all derived from it. It is read in two steps: the facts of every record and today's check-in first (today's
 * screen needs no more), then every record, once something asks (History, the report, a session's details, a
 * session's start, or today's screen once it is drawn and the page is idle). Each write goes to storage
 * and puts the same record here, so nothing is read again and no second copy is kept in step.
 */
export interface History extends Omit<HistoryStorage, 'loadHistory' | 'loadHistoryFacts' | 'rebuildSummary'> {
  /** True once every record has been read (or could not be). Asking asks for that read, if it has not begun. */
  loaded: Accessor<boolean>;
  /** True once `facts` and today's check-in have been read (or could not be): today's screen can be drawn. */
  factsLoaded: Accessor<boolean>;
  /** Why the history could not be read, if it could not. */
  error: Accessor<string | null>;
  /** Oldest first. Until `loaded`, only the sessions written since the start. */
  sessions: Accessor<readonly StoredSession[]>;
  /** In date order. Until `loaded`, only today's check-in and what was written since the start. */
  checkIns: Accessor<readonly StoredCheckIn[]>;
  /** The facts of every session and check-in (for the streaks, the goal and the levels), from `factsLoaded` on. */
  facts: Accessor<HistoryFacts>;
  /** Resolves once every record has been read (or failed to be); asks for the full read now if it has not begun. */
  settled(): Promise<void>;
}

const byStart = (a: StoredSession, b: StoredSession) => a.startedAt - b.startedAt;
const byDate = (a: StoredCheckIn, b: StoredCheckIn) => a.date.localeCompare(b.date);
const NO_FACTS: HistoryFacts = { sessions: [], checkIns: [] };

/** Reads the history (facts first, then every record) and keeps it as the records are written. */
export function createHistory(storage: HistoryStorage, failed: (error: unknown) => void, reading?: HistoryReading): History {
  const [sessions, setSessions] = createSignal<readonly StoredSession[]>([]);
  const [checkIns, setCheckIns] = createSignal<readonly StoredCheckIn[]>([]);
  // The facts read at start (the summary's), and the records written or deleted since.
  const [read, setRead] = createSignal<HistoryFacts>(NO_FACTS);
  const [written, setWritten] = createSignal<Written>(NOTHING_WRITTEN);
  const deleted = () => written().deleted;
  const [loaded, setLoaded] = createSignal(false);
  const [factsRead, setFactsRead] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const fail = (e: unknown) => { setError(e instanceof Error ? e.message : String(e)); failed(e); };
  const putSession = (session: StoredSession) => {
    setSessions((list) => [...list.filter((s) => s.id !== session.id), session].sort(byStart));
    setWritten((w) => ({ ...w, sessions: new Map(w.sessions).set(session.id, session), deleted: new Set([...w.deleted].filter((id) => id !== session.id)) }));
  };
  const showCheckIn = (checkIn: StoredCheckIn) => setCheckIns((list) => [...list.filter((c) => c.date !== checkIn.date), checkIn].sort(byDate));
  const putCheckIn = (checkIn: StoredCheckIn) => {
    showCheckIn(checkIn);
    setWritten((w) => ({ ...w, checkIns: new Map(w.checkIns).set(checkIn.date, checkIn) }));
  };
  const removeSession = (id: string) => {
    setSessions((list) => list.filter((s) => s.id !== id));
    setWritten((w) => {
      const sessions = new Map(w.sessions);
      sessions.delete(id);
      return { ...w, sessions, deleted: new Set([...w.deleted, id]) };
    });
  };

  let full: Promise<void> | undefined;
  let summaryRead = false;
  const readAll = () => (full ??= storage.loadHistory().then((records) => {
    // A record written (or deleted) while the history was being read is kept as written (it is newer than what was read).
    setSessions((held) => [...records.sessions.filter((s) => !deleted().has(s.id) && !held.some((w) => w.id === s.id)), ...held].sort(byStart));
    setCheckIns((held) => [...records.checkIns.filter((c) => !held.some((w) => w.date === c.date)), ...held].sort(byDate));
    // The records are the owners: once they are here, their facts stand. They say what the summary said unless
    // something wrote records without it (or wrote since it was read); then the summary is worked out again.
    const owned = factsOf(records.sessions, records.checkIns);
    if (summaryRead && sameFacts(read(), owned)) return;
    setRead(owned);
    if (summaryRead) storage.rebuildSummary?.().catch(failed);
  }, fail).finally(() => setLoaded(true)));

  const load = storage.loadHistoryFacts?.bind(storage);
  if (load && reading) {
    load(reading.today).then(({ facts, checkIn }) => {
      summaryRead = true;
      setRead(facts);
      if (checkIn && !checkIns().some((c) => c.date === checkIn.date)) showCheckIn(checkIn);
      setFactsRead(true);
    }, () => {
      // The summary could not be read: read every record instead (that read reports a failure of its own).
      void readAll().finally(() => setFactsRead(true));
    });
  } else {
    void readAll().finally(() => setFactsRead(true));
  }
  const facts = factsWith(read, written);
  // Shown at once (a write that fails is reported, and the screen still shows what the person did).
  const write = <T>(show: () => void, save: Promise<T>) => { show(); return save.catch((e: unknown) => { failed(e); throw e; }); };
  return {
    loaded: () => { void readAll(); return loaded(); },
    error, sessions, checkIns, facts,
    factsLoaded: () => factsRead() || loaded(),
    settled: () => readAll(),
    saveCheckIn: (checkIn) => write(() => putCheckIn(checkIn), storage.saveCheckIn(checkIn)),
    completeSession: (session) => write(() => putSession(session), storage.completeSession(session)),
    storeSessionPart: (session) => write(() => putSession(session), storage.storeSessionPart(session)),
    deleteSession: (id) => write(() => removeSession(id), storage.deleteSession(id)),
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
