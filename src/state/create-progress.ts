import { createSignal, type Accessor } from 'solid-js';
import { weekOf, type LocalDay } from '../engine/calendar/local-day';
import type { LevelChange } from '../engine/clinical/progression';
import type { StreakSummary } from '../engine/progress/streaks';
import { DEFAULT_WEEKLY_GOAL, type WeeklyGoalProgress } from '../engine/progress/weekly-goal';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import type { History } from './create-history';
import { derived } from './derived';

/** What progress is derived from: the history, the weekly goal, and the clock. */
export interface ProgressDeps {
  history: Pick<History, 'sessions' | 'checkIns' | 'loaded' | 'error' | 'settled'>;
  /** The weekly goal, as the setup holds it (its one reader). */
  goalPerWeek(): number;
  now(): number;
  localDay(ms: number): LocalDay;
  timeZone(): string;
}

/** Everything the progress screens show, derived from the history. */
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

/** Streaks, goal and levels: a view of the history, worked out again whenever it, the goal or the day changes. */
export interface Progress {
  snapshot: Accessor<ProgressSnapshot>;
  /** True once the history has been read and the streak engine has loaded. */
  loaded: Accessor<boolean>;
  error: Accessor<string | null>;
  /** Resolves once the history has been read and the streak engine has loaded. */
  settled(): Promise<void>;
  /** Moves the snapshot to the current local day, if it has turned since (the streak and today's nudge change). */
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

type SnapshotModule = typeof import('./progress-snapshot');

/** Derives the streaks, the weekly goal, the calendar and the levels from the history, once per change. */
export function createProgress(deps: ProgressDeps): Progress {
  const [day, setDay] = createSignal(deps.localDay(deps.now()));
  // The streak engine is its own chunk: a first visit's welcome never loads it.
  const [engine, setEngine] = createSignal<SnapshotModule>();
  let loading: Promise<SnapshotModule> | undefined;
  const load = () => (loading ??= import('./progress-snapshot').then((module) => { setEngine(() => module); return module; }));
  const snapshot = derived(
    () => [engine(), day(), deps.history.sessions(), deps.history.checkIns(), deps.goalPerWeek()] as const,
    ([module, today, sessions, checkIns, goal]) => (module
      ? module.snapshotOf(today, sessions, checkIns, goal, { at: deps.now(), timeZone: deps.timeZone() })
      : emptySnapshot(today, goal)),
  );
  return {
    snapshot: () => { void load(); return snapshot(); },
    loaded: () => { void load(); return deps.history.loaded() && engine() !== undefined; },
    error: deps.history.error,
    settled: () => Promise.all([load(), deps.history.settled()]).then(() => undefined),
    ensureCurrent() {
      void load();
      setDay(deps.localDay(deps.now()));
    },
  };
}
