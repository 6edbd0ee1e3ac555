import { createSignal, type Accessor } from 'solid-js';
import type { AudioStatus } from '../audio/audio-types';
import type { AudioSupport } from '../audio/audio-support';
import type { SoundCheck } from '../audio/sound-check';
import { EMPTY_PROFILE, type PrecautionProfile } from '../engine/clinical/check-in-types';
import type { Exercise, Library, Routine, Tier } from '../engine/content/content-types';
import type { SessionPlan } from '../engine/session/session-plan';
import type { SessionSummary } from '../engine/session/session-summary';
import type { SessionFeedback } from '../engine/records/session-record';
import type { LevelChange } from '../engine/clinical/progression';
import type { Checkpoint } from '../engine/records/checkpoint';
import { DEFAULT_PREFERENCES, type Preferences } from '../engine/records/settings';
import { createCare, type Care, type CareStorage } from './create-care';
import { createCoach, type Coach, type CoachStorage } from './create-coach';
import { createHistory, type HistoryStorage } from './create-history';
import { createContent } from './create-content';
import { createHistoryEdits, type HistoryEdits } from './create-history-edits';
import type { DataDevice } from './create-data';
import { createCustomRoutines, type CustomRoutines, type CustomRoutineStorage } from './create-custom-routines';
import type { Pacing } from './create-pacing';
import { practiseRoutine } from './practise-routine';
import type { Player, PlayerDeps } from './create-player';
import { createProgress, type Progress } from './create-progress';
import type { ActiveRoutine, CheckpointStorage } from './create-resume';
import { createSessions } from './create-sessions';
import type { Router } from './router';
import { describeStorageError } from './storage-watch';

/** Where the app keeps things; the browser passes idb-backed functions, tests pass fakes. */
export interface AppStorage extends HistoryStorage, CoachStorage, CareStorage, CustomRoutineStorage, CheckpointStorage {
  loadPreferences(): Promise<Preferences>;
  savePreferences(prefs: Preferences): Promise<void>;
  loadProfile(): Promise<PrecautionProfile>;
  saveProfile(profile: PrecautionProfile): Promise<void>;
}

/** What the app needs from its surroundings. */
export interface AppDeps extends Omit<PlayerDeps, 'checkpoint' | 'finished'> {
  /** The bundled content, or a signal of it when it arrives after start-up (its own chunk). */
  library: Library | Accessor<Library | undefined>;
  storage: AppStorage;
  router: Router;
  unlockAudio(): Promise<boolean>;
  /** Inside a "Test sound" tap: unlocks sound as Start does, plays a chime and words, and says what happened. */
  testSound(): Promise<SoundCheck>;
  applyPreferences(prefs: Preferences): void;
  localDay(ms: number): string;
  /** The IANA time zone the device is in now (a flight can jump a date: the streak must not break for it). */
  timeZone(): string;
  illustrationUrl(exercise: Exercise): string | undefined;
  audioStatus: Accessor<AudioStatus>;
  /** What this browser can do for a session's sound (screen off, wake lock, lock-screen buttons). */
  audioSupport: AudioSupport;
  /** Asks the browser to keep the data; called once a completed session is saved. */
  askPersistence?(): void;
  /** Files, restarts and what a delete clears, for the data screen. */
  dataDevice: DataDevice;
}

export type { ActiveRoutine } from './create-resume';

/** The app's shared state, read by every screen through the context. */
export interface AppState extends CustomRoutines {
  /** The bundled content; read it only where libraryReady() is true (App waits for it before content screens). */
  readonly library: Library;
  libraryReady: Accessor<boolean>;
  router: Router;
  player: Player;
  coach: Coach;
  /** Care-team contacts and the fatigue-trend advice (clinical README, section 2). */
  care: Care;
  progress: Progress;
  /** Deleting (with undo) and annotating past sessions. */
  history: HistoryEdits;
  prefs: Accessor<Preferences>;
  setPrefs(prefs: Preferences): void;
  routine: Accessor<ActiveRoutine | null>;
  summary: Accessor<SessionSummary | null>;
  /** The stored id of the session in `summary`, `${startedAt}-${routineId}`. */
  sessionId: Accessor<string | null>;
  /** Saves the after-session answers once the session itself is stored; resolves to the level that follows. */
  saveFeedback(answers: Omit<SessionFeedback, 'sessionId'>): Promise<LevelChange>;
  /** A routine's level for a session now, and why (derived from the history). */
  levelFor(routineId: string): LevelChange;
  resumable: Accessor<Checkpoint | null>;
  storageError: Accessor<string | null>;
  profile: Accessor<PrecautionProfile>;
  setProfile(profile: PrecautionProfile): void;
  findRoutine(id: string): Routine | undefined;
  /** Starts a routine for today; `inParts`: in two short parts, the first ending kept for later (clinical README, section 8). */
  startRoutine(id: string, inParts?: boolean): void;
  /** "Stop here and finish later today", and routines done in parts. */
  pacing: Pacing;
  resumeSaved(): void;
  discardSaved(): void;
  planFor(routine: Routine): SessionPlan;
  illustrationUrl(exercise: Exercise): string | undefined;
  audioStatus: Accessor<AudioStatus>;
  /** What this browser can do for a session's sound (screen off, wake lock, lock-screen buttons). */
  audioSupport: AudioSupport;
  unlockAudio(): Promise<boolean>;
  testSound(): Promise<SoundCheck>;
  dataDevice: DataDevice;
}

/** Wires engine, storage, audio and clock into the app state. */
export function createApp(deps: AppDeps): AppState {
  const [prefs, setPrefsSignal] = createSignal<Preferences>(DEFAULT_PREFERENCES);
  const [storageError, setStorageError] = createSignal<string | null>(null);
  const [profile, setProfileSignal] = createSignal<PrecautionProfile>(EMPTY_PROFILE);
  const failed = (error: unknown): void => { setStorageError(describeStorageError(error)); };
  const content = createContent(deps.library);
  // One history: the coach's views, the streaks and the levels are derived from it, and every write goes through it.
  const history = createHistory(deps.storage, failed, { today: deps.localDay(deps.now()) });
  const coach = createCoach({ history, storage: deps.storage, now: deps.now, localDay: deps.localDay, failed });
  const progress = createProgress({
    history, goalPerWeek: () => coach.setup().weeklyGoal, now: deps.now, localDay: deps.localDay, timeZone: deps.timeZone,
  });
  // Decided once by the rules from today's check-in (0 pain without one), then carried with the session.
  const painLimitsToday = (tier: Tier) => {
    const planner = content.planner();
    if (!planner) throw new Error('The clinical rules are not loaded yet.');
    return planner.painLimitsFor(tier, coach.today()?.pain ?? 0);
  };

  deps.storage.loadPreferences().then((saved) => {
    setPrefsSignal(saved);
    deps.applyPreferences(saved);
  }, failed);
  deps.storage.loadProfile().then(setProfileSignal, failed);
  const custom = createCustomRoutines(deps.storage, failed);
  const findRoutine = (id: string) => content.library().routines.get(id) ?? custom.customRoutines().find((r) => r.id === id)
    ?? practiseRoutine(id, content.library());

  const sessions = createSessions({
    ...deps, failed, library: content.library, profile, loadPlanner: content.loadPlanner, settled: progress.settled,
    // Sessions are recorded through the history, so every view derived from it sees them at once.
    storage: { ...deps.storage, ...history },
    planOptions: () => ({ leadInSeconds: prefs().leadInSeconds, waitOnPositionChange: prefs().waitForMe }),
    todayTier: () => coach.today()?.tier.tier,
    levelFor: (id) => progress.snapshot().levelFor(id),
    choose: coach.choose,
    painLimitsFor: painLimitsToday,
  });

  return {
    get library() { return content.library(); },
    libraryReady: content.ready,
    router: deps.router,
    player: sessions.player,
    coach,
    care: createCare(deps.storage, failed),
    progress,
    history: createHistoryEdits({ storage: history, failed }),
    prefs,
    setPrefs(next) {
      setPrefsSignal(next);
      deps.applyPreferences(next);
      deps.storage.savePreferences(next).catch(failed);
    },
    routine: sessions.routine,
    summary: sessions.summary,
    sessionId: sessions.sessionId,
    saveFeedback: sessions.saveFeedback,
    levelFor: (routineId) => progress.snapshot().levelFor(routineId),
    resumable: sessions.resumable,
    storageError,
    profile,
    setProfile(next) {
      setProfileSignal(next);
      deps.storage.saveProfile(next).catch(failed);
    },
    ...custom,
    findRoutine,
    pacing: sessions.pacing,
    startRoutine(id, inParts = false) {
      const chosen = findRoutine(id);
      const checkIn = coach.today();
      if (!chosen) return;
      // No session without today's check-in (its safety questions), and none at all on a blocked day.
      if (!checkIn || coach.isBlockedToday()) {
        coach.choose(id);
        deps.router.go(checkIn ? '/' : '/check-in');
        return;
      }
      sessions.start(chosen, checkIn, inParts);
    },
    resumeSaved: sessions.resumeSaved,
    discardSaved: sessions.discardSaved,
    planFor: (r) => content.planFor(r, profile(), prefs().leadInSeconds),
    illustrationUrl: deps.illustrationUrl,
    audioStatus: deps.audioStatus,
    audioSupport: deps.audioSupport,
    unlockAudio: deps.unlockAudio,
    testSound: deps.testSound,
    dataDevice: deps.dataDevice,
  };
}
