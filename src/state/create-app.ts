import { createSignal, type Accessor } from 'solid-js';
import type { AudioStatus } from '../audio/audio-types';
import { EMPTY_PROFILE, type PrecautionProfile } from '../engine/check-in-types';
import type { Exercise, Library, Routine } from '../engine/content-types';
import { planSession, type PlannedExercise, type SessionPlan } from '../engine/session-plan';
import { summariseSession, type SessionSummary } from '../engine/session-summary';
import type { SessionFeedback } from '../storage/feedback';
import type { Checkpoint, StoredLevel, StoredSession } from '../storage/schema';
import type { Preferences } from '../storage/settings';
import { DEFAULT_PREFERENCES } from '../storage/settings';
import { createCoach, type Coach, type CoachStorage } from './create-coach';
import { createCustomRoutines, type CustomRoutines, type CustomRoutineStorage } from './create-custom-routines';
import { createPlayer, type Player, type PlayerDeps } from './create-player';
import { staticProgress, type Progress } from './create-progress';
import { createResume, type ActiveRoutine, type CheckpointStorage } from './create-resume';
import type { Router } from './router';
import { describeStorageError } from './storage-watch';

/** Where the app keeps things; the browser passes idb-backed functions, tests pass fakes. */
export interface AppStorage extends CoachStorage, CustomRoutineStorage, CheckpointStorage {
  loadPreferences(): Promise<Preferences>;
  savePreferences(prefs: Preferences): Promise<void>;
  completeSession(session: StoredSession): Promise<void>;
  loadProfile(): Promise<PrecautionProfile>;
  saveProfile(profile: PrecautionProfile): Promise<void>;
  saveSessionFeedback(feedback: SessionFeedback, now: number): Promise<StoredLevel>;
}

/** What the app needs from its surroundings. */
export interface AppDeps extends Omit<PlayerDeps, 'checkpoint' | 'finished'> {
  /** The bundled content, or a signal of it when it arrives after start-up (its own chunk). */
  library: Library | Accessor<Library | undefined>;
  storage: AppStorage;
  router: Router;
  unlockAudio(): Promise<boolean>;
  applyPreferences(prefs: Preferences): void;
  localDay(ms: number): string;
  illustrationUrl(exercise: Exercise): string | undefined;
  audioStatus: Accessor<AudioStatus>;
  /** Streaks and history; refreshed when a session is saved. */
  progress?: Progress;
  /** Asks the browser to keep the data; called once a completed session is saved. */
  askPersistence?(): void;
}

export type { ActiveRoutine } from './create-resume';

// Until the clinical tables have loaded, the stricter amber/red limit applies.
const CAREFUL_PAIN_LIMIT = 3;

/** The app's shared state, read by every screen through the context. */
export interface AppState extends CustomRoutines {
  /** The bundled content; read it only where libraryReady() is true (App waits for it before content screens). */
  readonly library: Library;
  libraryReady: Accessor<boolean>;
  router: Router;
  player: Player;
  coach: Coach;
  progress: Progress;
  prefs: Accessor<Preferences>;
  setPrefs(prefs: Preferences): void;
  routine: Accessor<ActiveRoutine | null>;
  summary: Accessor<SessionSummary | null>;
  /** The stored id of the session in `summary`, `${startedAt}-${routineId}`. */
  sessionId: Accessor<string | null>;
  /** Saves the after-session answers and the level that follows, once the session itself is stored. */
  saveFeedback(answers: Omit<SessionFeedback, 'sessionId'>): Promise<StoredLevel>;
  resumable: Accessor<Checkpoint | null>;
  storageError: Accessor<string | null>;
  profile: Accessor<PrecautionProfile>;
  setProfile(profile: PrecautionProfile): void;
  findRoutine(id: string): Routine | undefined;
  startRoutine(id: string): void;
  resumeSaved(): void;
  discardSaved(): void;
  planFor(routine: Routine): SessionPlan;
  illustrationUrl(exercise: Exercise): string | undefined;
  audioStatus: Accessor<AudioStatus>;
  unlockAudio(): Promise<boolean>;
}

/** Wires engine, storage, audio and clock into the app state. */
export function createApp(deps: AppDeps): AppState {
  const [prefs, setPrefsSignal] = createSignal<Preferences>(DEFAULT_PREFERENCES);
  const [routine, setRoutine] = createSignal<ActiveRoutine | null>(null);
  const [summary, setSummary] = createSignal<SessionSummary | null>(null);
  const [sessionId, setSessionId] = createSignal<string | null>(null);
  let sessionStored: Promise<void> = Promise.resolve();
  const [storageError, setStorageError] = createSignal<string | null>(null);
  const [profile, setProfileSignal] = createSignal<PrecautionProfile>(EMPTY_PROFILE);
  const failed = (error: unknown): void => { setStorageError(describeStorageError(error)); };
  const progress = deps.progress ?? staticProgress(deps.localDay(deps.now()));
  const { library: given } = deps;
  const currentLibrary: Accessor<Library | undefined> = typeof given === 'function' ? given : () => given;
  const library = (): Library => {
    const loaded = currentLibrary();
    if (!loaded) throw new Error('The exercise library is read before it has loaded.');
    return loaded;
  };
  const coach = createCoach({ storage: deps.storage, now: deps.now, localDay: deps.localDay, failed });
  // The planner (clinical tables) is split out of the first screen's JavaScript and fetched the first time
  // a routine is shown (its duration), so a Start tap plans and plays at once, inside the tap that unlocks
  // the sound. A first visit's welcome never loads it.
  const [plannerModule, setPlanner] = createSignal<typeof import('./today-plan') | undefined>();
  let plannerLoading: Promise<typeof import('./today-plan')> | undefined;
  const loadPlanner = () => (plannerLoading ??= import('./today-plan').then(
    (module) => { setPlanner(() => module); return module; },
    (error: unknown) => { plannerLoading = undefined; throw error; },
  ));
  const planner = () => {
    const module = plannerModule();
    if (!module) void loadPlanner().catch(() => undefined);
    return module;
  };
  const resume = createResume({
    storage: deps.storage, now: deps.now, routine, setRoutine, failed,
    reopen(state, savedAt) {
      void deps.unlockAudio();
      player.reopen(state, savedAt);
      deps.router.go('/play');
    },
    todayTier: () => coach.today()?.tier.tier,
    levelOf: (id) => coach.levelOf(id),
    painLimitFor: (tier) => planner()?.painStopLimit(tier) ?? CAREFUL_PAIN_LIMIT,
  });

  const player = createPlayer({
    ...deps,
    checkpoint: resume.save,
    finished(state) {
      const current = routine();
      const result = summariseSession(state, deps.now());
      setSummary(result);
      setSessionId(null);
      if (current) {
        const stored: StoredSession = {
          ...result, id: `${result.startedAt}-${current.id}`, routineId: current.id, routineName: current.name,
          day: deps.localDay(result.startedAt), tier: current.tier, level: current.level,
          stoppedForPain: result.exercises.filter((e) => e.stoppedForPain).map((e) => e.exerciseId),
        };
        setSessionId(stored.id);
        sessionStored = deps.storage.completeSession(stored);
        sessionStored.then(() => {
          if (result.completed) deps.askPersistence?.();
          return progress.refresh();
        }).catch(failed);
      }
      deps.router.go('/done', { replace: true });
    },
  }, () => routine()?.name ?? '', () => routine()?.painLimit ?? CAREFUL_PAIN_LIMIT);

  deps.storage.loadPreferences().then((saved) => {
    setPrefsSignal(saved);
    deps.applyPreferences(saved);
  }, failed);
  deps.storage.loadProfile().then(setProfileSignal, failed);
  const custom = createCustomRoutines(deps.storage, failed);

  // Until the clinical tables arrive (a moment after start-up) a duration counts every item of the routine.
  const everyItem = (r: Routine): PlannedExercise[] => [...r.warmUp, ...r.main, ...r.coolDown].flatMap((item) => {
    const exercise = library().exercises.get(item.exercise);
    return exercise ? [{ exercise, dose: item.dose ?? exercise.dose }] : [];
  });
  const planFor = (r: Routine) => planSession(planner()?.plannedExercises(r, library(), profile()) ?? everyItem(r), {
    leadInSeconds: prefs().leadInSeconds,
  });
  const findRoutine = (id: string) => library().routines.get(id) ?? custom.customRoutines().find((r) => r.id === id);

  return {
    get library() { return library(); },
    libraryReady: () => currentLibrary() !== undefined,
    router: deps.router,
    player,
    coach,
    progress,
    prefs,
    setPrefs(next) {
      setPrefsSignal(next);
      deps.applyPreferences(next);
      deps.storage.savePreferences(next).catch(failed);
    },
    routine,
    summary,
    sessionId,
    saveFeedback(answers) {
      const id = sessionId();
      if (id === null) return Promise.reject(new Error('No finished session to rate.'));
      return sessionStored.then(() => deps.storage.saveSessionFeedback({ ...answers, sessionId: id }, deps.now()))
        .then((level) => { void coach.refreshLevels(); return level; });
    },
    resumable: resume.resumable,
    storageError,
    profile,
    setProfile(next) {
      setProfileSignal(next);
      deps.storage.saveProfile(next).catch(failed);
    },
    ...custom,
    findRoutine,
    startRoutine(id) {
      const chosen = findRoutine(id);
      const checkIn = coach.today();
      if (!chosen) return;
      // No session without today's check-in (its safety questions), and none at all on a blocked day.
      if (!checkIn || coach.isBlockedToday()) {
        coach.choose(id);
        deps.router.go(checkIn ? '/' : '/check-in');
        return;
      }
      void deps.unlockAudio();
      const play = (today: typeof import('./today-plan')) => {
        const level = coach.levelOf(id);
        const plan = today.planForToday(chosen, library(), checkIn, profile(), level);
        if (plan.items.length === 0) {
          coach.choose(id);
          deps.router.go('/today');
          return;
        }
        setRoutine({ id: chosen.id, name: chosen.name, tier: plan.tier, level, painLimit: today.painStopLimit(plan.tier) });
        resume.withdraw();
        setSummary(null);
        player.start(planSession(plan.items, { leadInSeconds: prefs().leadInSeconds }));
        deps.router.go('/play');
      };
      const loaded = planner();
      if (loaded) play(loaded);
      else loadPlanner().then(play).catch(failed);
    },
    resumeSaved: resume.resumeSaved,
    discardSaved: resume.discardSaved,
    planFor,
    illustrationUrl: deps.illustrationUrl,
    audioStatus: deps.audioStatus,
    unlockAudio: deps.unlockAudio,
  };
}
