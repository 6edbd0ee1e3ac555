import type { StoredCheckIn } from '../../src/engine/records/check-in-record';
import { factsOf } from '../../src/engine/records/history-facts';
import type { StoredSession } from '../../src/engine/records/session-record';
import type { HistoryStorage } from '../../src/state/create-history';

/** History storage in memory: what it holds, how often the whole history was read, and what was written. */
export function fakeHistoryStorage(sessions: StoredSession[] = [], checkIns: StoredCheckIn[] = []) {
  const held = { sessions: [...sessions], checkIns: [...checkIns], reads: 0, factReads: 0 };
  const putSession = async (session: StoredSession) => { held.sessions = [...held.sessions.filter((s) => s.id !== session.id), session]; };
  const storage: HistoryStorage = {
    loadHistory: async () => {
      held.reads += 1;
      return { sessions: [...held.sessions], checkIns: [...held.checkIns] };
    },
    /** The storage's summary says what the records say (tests/unit/storage-summary.test.ts proves the real one does). */
    loadHistoryFacts: async (day) => {
      held.factReads += 1;
      return { facts: factsOf(held.sessions, held.checkIns), checkIn: held.checkIns.find((c) => c.date === day) };
    },
    saveCheckIn: async (checkIn) => { held.checkIns = [...held.checkIns.filter((c) => c.date !== checkIn.date), checkIn]; },
    completeSession: putSession,
    storeSessionPart: putSession,
    restoreSession: putSession,
    deleteSession: async (id) => { held.sessions = held.sessions.filter((s) => s.id !== id); },
    async saveSessionFeedback(feedback) {
      const session = held.sessions.find((s) => s.id === feedback.sessionId);
      if (!session) throw new Error(`No stored session ${feedback.sessionId}`);
      const saved = { ...session, effort: feedback.effort };
      await putSession(saved);
      return saved;
    },
    async saveSessionNote(id, note) {
      const session = held.sessions.find((s) => s.id === id);
      if (session) await putSession({ ...session, note });
      return session && { ...session, note };
    },
  };
  return { storage, held };
}
