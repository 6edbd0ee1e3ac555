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
  history: Pick<History, 'sessions' | 'checkIns' | 'facts' | 'loaded' | 'factsLoaded' | 'error' | 'settled'>;
  /** The weekly goal, as the setup holds it (its one reader). */
  goalPerWeek(): number;
  now(): number;
  localDay(ms: number): LocalDay;
  timeZone(): string;
}

/** What today's screen shows of the progress, derived from the facts of every record. */
export interface ProgressSummary {
  today: LocalDay;
  goalPerWeek: number;
  streak: StreakSummary;
  weekly: WeeklyGoalProgress;
  /** Care days and how each was spent. */
  careDays: ReadonlyMap<LocalDay, 'session' | 'rest'>;
  /** Whether anything at all (a session or a check-in) was logged today. */
  loggedToday: boolean;
  /** A routine's level for a session now, and why: derived from the history (never stored). */
  levelFor(routineId: string): LevelChange;
  /** The first day anything was logged, if anything was. */
  firstDay: LocalDay | undefined;
}

/** Everything the progress screens show, derived from the history. */
export interface ProgressSnapshot extends ProgressSummary {
  /** Oldest first, as stored: every session once the history is `loaded` (History, the report, a session's details). */
  sessions: readonly StoredSession[];
  checkIns: readonly StoredCheckIn[];
}

/** Streaks, goal and levels: a view of the history, worked out again whenever it, the goal or the day changes. */
export interface Progress {
  snapshot: Accessor<ProgressSnapshot>;
  /** True once every record has been read and the streak engine has loaded. */
  loaded: Accessor<boolean>;
  /** True once the facts of every record have been read and the streak engine has loaded: all but `sessions` and `checkIns` are known. */
  summaryLoaded: Accessor<boolean>;
  error: Accessor<string | null>;
  /** Resolves once the history has been read and the streak engine has loaded. */
  settled(): Promise<void>;
  /** Moves the snapshot to the current local day, if it has turned since (the streak and today's nudge change). */
  ensureCurrent(): void;
}

/** The progress of someone with nothing logged yet. */
export function emptySummary(today: LocalDay, goalPerWeek = DEFAULT_WEEKLY_GOAL): ProgressSummary {
  return {
    today, goalPerWeek, careDays: new Map(), loggedToday: false, firstDay: undefined,
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
  const summary = derived(
    () => [engine(), day(), deps.history.facts(), deps.goalPerWeek()] as const,
    ([module, today, facts, goal]) => (module
      ? module.summaryOf(today, facts, goal, { at: deps.now(), timeZone: deps.timeZone() })
      : emptySummary(today, goal)),
  );
  // The records join the summary without working it out again (reading every record changes no fact).
  const snapshot = derived(
    () => [summary(), deps.history.sessions(), deps.history.checkIns()] as const,
    ([known, sessions, checkIns]): ProgressSnapshot => ({
      today: known.today, goalPerWeek: known.goalPerWeek, streak: known.streak, weekly: known.weekly,
      loggedToday: known.loggedToday, firstDay: known.firstDay, levelFor: known.levelFor,
      get careDays() { return known.careDays; },
      sessions, checkIns,
    }),
  );
  return {
    snapshot: () => { void load(); return snapshot(); },
    loaded: () => { void load(); return deps.history.loaded() && engine() !== undefined; },
    summaryLoaded: () => { void load(); return deps.history.factsLoaded() && engine() !== undefined; },
    error: deps.history.error,
    settled: () => Promise.all([load(), deps.history.settled()]).then(() => undefined),
    ensureCurrent() {
      void load();
      setDay(deps.localDay(deps.now()));
    },
  };
}
