import { createSignal, type Accessor } from 'solid-js';
import type { SessionState } from '../engine/session/session';
import { isEmptySession } from '../engine/session/empty-session';
import { summariseSession, type SessionSummary } from '../engine/session/session-summary';
import type { SessionFeedback } from '../engine/records/session-record';
import type { StoredLevel } from '../engine/records/level-record';
import type { StoredSession } from '../engine/records/session-record';
import type { ActiveRoutine } from './create-resume';

/** Where finished sessions and their feedback go. */
export interface SessionLogStorage {
  completeSession(session: StoredSession): Promise<void>;
  /** Drops the checkpoint of a session that is not recorded (an empty one). */
  clearCheckpoint(): Promise<void>;
  saveSessionFeedback(feedback: SessionFeedback, now: number): Promise<StoredLevel>;
}

/** What recording a session needs: storage, the clock, the local day, and what to do once it is saved. */
export interface SessionLogDeps {
  storage: SessionLogStorage;
  now(): number;
  localDay(ms: number): string;
  /** After a session is stored (refresh the streak; ask to keep the data after a completed one). */
  stored(completed: boolean): Promise<void> | void;
  /** After the after-session answers (and the level that follows them) are saved. */
  feedbackSaved(): void;
  failed(error: unknown): void;
}

/** The last finished session: its summary, its stored id, and the after-session answers. */
export interface SessionLog {
  summary: Accessor<SessionSummary | null>;
  /** The stored id of the session in `summary`, `${startedAt}-${routineId}`. */
  sessionId: Accessor<string | null>;
  /** Summarises and stores a finished session of `routine` (nothing is stored without one, or when it is empty). */
  record(state: SessionState, routine: ActiveRoutine | null): void;
  /** Forgets the last summary (a new session is starting). */
  clear(): void;
  /** Saves the after-session answers and the level that follows, once the session itself is stored. */
  saveFeedback(answers: Omit<SessionFeedback, 'sessionId'>): Promise<StoredLevel>;
}

/** Keeps the last session's summary and stores it with its tier and level, in one transaction (completeSession). */
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
      if (isEmptySession(result)) {
        sessionStored = deps.storage.clearCheckpoint();
        sessionStored.catch(deps.failed);
        return;
      }
      const stored: StoredSession = {
        ...result, id: `${result.startedAt}-${routine.id}`, routineId: routine.id, routineName: routine.name,
        day: deps.localDay(result.startedAt), tier: routine.tier, level: routine.level,
        stoppedForPain: result.exercises.filter((e) => e.stoppedForPain).map((e) => e.exerciseId),
      };
      setSessionId(stored.id);
      sessionStored = deps.storage.completeSession(stored);
      sessionStored.then(() => deps.stored(result.completed)).catch(deps.failed);
    },
    clear: () => setSummary(null),
    saveFeedback(answers) {
      const id = sessionId();
      if (id === null) return Promise.reject(new Error('No finished session to rate.'));
      return sessionStored.then(() => deps.storage.saveSessionFeedback({ ...answers, sessionId: id }, deps.now()))
        .then((level) => { deps.feedbackSaved(); return level; });
    },
  };
}
