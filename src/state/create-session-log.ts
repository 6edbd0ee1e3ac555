import { createSignal, type Accessor } from 'solid-js';
import type { SessionState } from '../engine/session/session';
import { isCareSession } from '../engine/clinical/care-credit';
import { isEmptySession } from '../engine/session/empty-session';
import { summariseSession, type SessionSummary } from '../engine/session/session-summary';
import { withWorkSoFar } from '../engine/session/pacing';
import type { LevelChange } from '../engine/clinical/progression';
import type { SessionFeedback, StoredSession } from '../engine/records/session-record';
import type { ActiveRoutine } from './create-resume';

/** Where finished sessions and their feedback go. */
export interface SessionLogStorage {
  completeSession(session: StoredSession): Promise<void>;
  /** Stores the part done so far of a session kept to finish later (its checkpoint stays). */
  storeSessionPart(session: StoredSession): Promise<void>;
  /** Drops the checkpoint of a session that is not recorded (an empty one). */
  clearCheckpoint(): Promise<void>;
  saveSessionFeedback(feedback: SessionFeedback): Promise<StoredSession>;
}

/** What recording a session needs: storage, the clock, the local day, and what to do once it is saved. */
export interface SessionLogDeps {
  storage: SessionLogStorage;
  now(): number;
  localDay(ms: number): string;
  /** After a session is stored (refresh the streak; ask to keep the data after one that took care). */
  stored(tookCare: boolean): Promise<void> | void;
  /** After the after-session answers are saved: the routine's level that now follows from the history. */
  feedbackSaved(session: StoredSession): Promise<LevelChange>;
  failed(error: unknown): void;
}

/** The last finished session: its summary, its stored id, and the after-session answers. */
export interface SessionLog {
  summary: Accessor<SessionSummary | null>;
  /** The stored id of the session in `summary`, `${startedAt}-${routineId}`. */
  sessionId: Accessor<string | null>;
  /** Summarises and stores a finished session of `routine` (nothing is stored without one, or when it is empty). */
  record(state: SessionState, routine: ActiveRoutine | null): void;
  /** Stores the part done so far of a session kept to finish later today (the whole replaces it once finished). */
  recordPart(state: SessionState, routine: ActiveRoutine): void;
  /** Forgets the last summary (a new session is starting). */
  clear(): void;
  /** Saves the after-session answers once the session itself is stored; resolves to the level that follows. */
  saveFeedback(answers: Omit<SessionFeedback, 'sessionId'>): Promise<LevelChange>;
}

/** Keeps the last session's summary and stores it with its tier and level: the one writer of a played level. */
export function createSessionLog(deps: SessionLogDeps): SessionLog {
  const [summary, setSummary] = createSignal<SessionSummary | null>(null);
  const [sessionId, setSessionId] = createSignal<string | null>(null);
  let sessionStored: Promise<void> = Promise.resolve();
  return {
    summary,
    sessionId,
    record(state, routine) {
      const result = summariseSession(state, deps.now());
      setSummary(result);
      setSessionId(null);
      if (!routine) return;
      // A routine skipped through to its end is kept (it says truly that nothing was done); only a session
      // ended at once, before anything was done, is left out.
      const endedAtOnce = state.events.some((e) => e.type === 'end-early');
      if (endedAtOnce && isEmptySession(result)) {
        sessionStored = deps.storage.clearCheckpoint();
        sessionStored.catch(deps.failed);
        return;
      }
      const stored: StoredSession = {
        ...result, id: `${result.startedAt}-${routine.id}`, routineId: routine.id, routineName: routine.name,
        day: deps.localDay(result.startedAt), tier: routine.tier, level: routine.level,
      };
      setSessionId(stored.id);
      sessionStored = deps.storage.completeSession(stored);
      sessionStored.then(() => deps.stored(isCareSession(result.exercises))).catch(deps.failed);
    },
    recordPart(state, routine) {
      const now = deps.now();
      const result = summariseSession(withWorkSoFar(state, now), now);
      const stored: StoredSession = {
        ...result, id: `${result.startedAt}-${routine.id}`, routineId: routine.id, routineName: routine.name,
        day: deps.localDay(result.startedAt), tier: routine.tier, level: routine.level, finishLater: true,
      };
      deps.storage.storeSessionPart(stored).then(() => deps.stored(isCareSession(result.exercises))).catch(deps.failed);
    },
    clear: () => setSummary(null),
    saveFeedback(answers) {
      const id = sessionId();
      if (id === null) return Promise.reject(new Error('No finished session to rate.'));
      return sessionStored.then(() => deps.storage.saveSessionFeedback({ ...answers, sessionId: id }))
        .then((session) => deps.feedbackSaved(session));
    },
  };
}
