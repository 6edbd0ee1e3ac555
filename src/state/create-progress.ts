import { createSignal, untrack, type Accessor } from 'solid-js';
import { weekOf, type LocalDay } from '../engine/calendar/local-day';
import type { LevelChange } from '../engine/clinical/progression';
import type { StreakSummary } from '../engine/progress/streaks';
import { DEFAULT_WEEKLY_GOAL, type WeeklyGoalProgress } from '../engine/progress/weekly-goal';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';

/** Where progress is read from; the browser passes idb-backed functions, tests pass fakes. */
export interface ProgressStorage {
  listSessions(): Promise<StoredSession[]>;
  listCheckIns(): Promise<StoredCheckIn[]>;
  loadWeeklyGoal(): Promise<number>;
}

/** What progress needs from its surroundings. */
export interface ProgressDeps {
  storage: ProgressStorage;
  now(): number;
  localDay(ms: number): LocalDay;
  timeZone(): string;
}

/** Everything the progress screens show, computed once per load. */
export interface ProgressSnapshot {
  today: LocalDay;
  /** Oldest first, as stored. */
  sessions: readonly StoredSession[];
  checkIns: readonly StoredCheckIn[];
  goalPerWeek: number;
  streak: StreakSummary;
  weekly: WeeklyGoalProgress;
  /** Care days and how each was spent. */
  careDays: ReadonlyMap<LocalDay, 'session' | 'rest'>;
  /** Whether anything at all (a session or a check-in) was logged today. */
  loggedToday: boolean;
  /** A routine's level for a session now, and why: derived from the history (never stored). */
  levelFor(routineId: string): LevelChange;
}

/** Streaks, goal and history, reloaded from storage on refresh(). */
export interface Progress {
  snapshot: Accessor<ProgressSnapshot>;
  loaded: Accessor<boolean>;
  error: Accessor<string | null>;
  /** Reads everything again (after something that changes it was saved). */
  refresh(): Promise<void>;
  /** Resolves once the latest load (started now if none was) has finished. */
  settled(): Promise<void>;
  /**
   * Loads if nothing is loaded yet, and reloads only when the local day has turned since the last load
   * (a new day changes the streak and today's nudge). Saves refresh it themselves (see create-app.ts).
   */
  ensureCurrent(): void;
}

/** The progress of someone with nothing logged yet. */
export function emptySnapshot(today: LocalDay, goalPerWeek = DEFAULT_WEEKLY_GOAL): ProgressSnapshot {
  return {
    today, sessions: [], checkIns: [], goalPerWeek, careDays: new Map(), loggedToday: false,
    levelFor: () => ({ level: 0, change: 'hold', reason: 'first-session' }),
    streak: { current: 0, best: 0, isTodayCareDay: false, lastRestDay: null, sessionDays: 0, restDays: 0 },
    weekly: {
      weekStart: weekOf(today), sessionsThisWeek: 0, restDaysThisWeek: 0, goalPerWeek, isGoalMet: false,
      currentWeekStreak: 0, bestWeekStreak: 0,
    },
  };
}

/** Loads sessions and check-ins (when first read) and derives the streaks, the weekly goal and the calendar. */
export function createProgress(deps: ProgressDeps): Progress {
  const [snapshot, setSnapshot] = createSignal<ProgressSnapshot>(emptySnapshot(deps.localDay(deps.now())));
  const [loaded, setLoaded] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let latest = 0;
  let loading: Promise<void> = Promise.resolve();

  const load = async (): Promise<void> => {
    const ticket = ++latest;
    try {
      // The streak engine is fetched with the data: the first paint does not wait for it.
      const [{ snapshotOf }, sessions, checkIns, goal] = await Promise.all([
        import('./progress-snapshot'), deps.storage.listSessions(), deps.storage.listCheckIns(), deps.storage.loadWeeklyGoal(),
      ]);
      // A slower, older load must not overwrite a newer one.
      if (ticket !== latest) return;
      const at = deps.now();
      setSnapshot(snapshotOf(deps.localDay(at), sessions, checkIns, goal, { at, timeZone: deps.timeZone() }));
      setError(null);
    } catch (e) {
      if (ticket === latest) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (ticket === latest) setLoaded(true);
    }
  };

  const refresh = (): Promise<void> => {
    loading = load();
    return loading;
  };

  // Loaded on first read, not at start-up: a first visit's welcome has no history to show, and the
  // streak engine and every stored session stay unread until a screen asks for them.
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    void refresh();
  };
  return {
    snapshot: () => { start(); return snapshot(); },
    loaded: () => { start(); return loaded(); },
    error,
    refresh: () => { started = true; return refresh(); },
    settled: () => { start(); return loading; },
    ensureCurrent() {
      if (!started) start();
      else if (untrack(snapshot).today !== deps.localDay(deps.now())) void refresh();
    },
  };
}

/** A progress with nothing logged that never loads (for app set-ups without history storage, such as tests). */
export function staticProgress(today: LocalDay): Progress {
  const snapshot = emptySnapshot(today);
  return {
    snapshot: () => snapshot, loaded: () => true, error: () => null, refresh: () => Promise.resolve(),
    settled: () => Promise.resolve(), ensureCurrent: () => undefined,
  };
}
