import { createSignal, type Accessor } from 'solid-js';
import type { PainLimits } from '../engine/clinical/pain-response';
import type { LevelChange } from '../engine/clinical/progression';
import type { Library, Routine, Tier } from '../engine/content/content-types';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { Checkpoint } from '../engine/records/checkpoint';
import type { SessionFeedback } from '../engine/records/session-record';
import { planSession, type PlanOptions } from '../engine/session/session-plan';
import type { SessionSummary } from '../engine/session/session-summary';
import type { PrecautionProfile } from '../engine/clinical/check-in-types';
import type { Planner } from './create-content';
import type { Pacing } from './create-pacing';
import type { Player } from './create-player';
import { createResume, type ActiveRoutine, type CheckpointStorage } from './create-resume';
import type { SessionRun, SessionRunDeps } from './create-session-run';
import { lazyPlayer } from './lazy-player';

/** What sessions need: the run's adapters, and today's check-in, levels and plans from the rest of the app. */
export interface SessionsDeps extends Omit<SessionRunDeps, 'routine' | 'resume' | 'storage'> {
  storage: SessionRunDeps['storage'] & CheckpointStorage;
  unlockAudio(): Promise<boolean>;
  library(): Library;
  profile(): PrecautionProfile;
  /** How sessions are timed, from the preferences (the lead-in, "Wait for me"). */
  planOptions(): Partial<PlanOptions>;
  todayTier(): Tier | undefined;
  /** Remembers the routine chosen (today's plan shows it when nothing in it suits today). */
  choose(routineId: string): void;
  loadPlanner(): Promise<Planner>;
  /** Resolves once the history is read (a level is derived from it). */
  settled(): Promise<unknown>;
  /** Today's pain limits in a tier, decided once by the rules (the planner is loaded first). */
  painLimitsFor(tier: Tier): PainLimits;
}

/** The session side of the app: the routine playing, the player, the last summary, and the session left to resume. */
export interface Sessions {
  routine: Accessor<ActiveRoutine | null>;
  player: Player;
  pacing: Pacing;
  summary: Accessor<SessionSummary | null>;
  sessionId: Accessor<string | null>;
  saveFeedback(answers: Omit<SessionFeedback, 'sessionId'>): Promise<LevelChange>;
  resumable: Accessor<Checkpoint | null>;
  /** Plans `chosen` with today's check-in and plays it (or shows today's plan when nothing in it suits today). */
  start(chosen: Routine, checkIn: StoredCheckIn, inParts: boolean): void;
  resumeSaved(): void;
  discardSaved(): void;
}

/** Builds the session side; the player and the session engine load with the first session (create-session-run.ts). */
export function createSessions(deps: SessionsDeps): Sessions {
  const [routine, setRoutine] = createSignal<ActiveRoutine | null>(null);
  const [run, setRun] = createSignal<SessionRun>();
  let loading: Promise<SessionRun> | undefined;
  const loadRun = () => (loading ??= import('./create-session-run').then(
    (module) => {
      const created = module.createSessionRun({ ...deps, routine, resume });
      setRun(() => created);
      return created;
    },
    (error: unknown) => { loading = undefined; throw error; },
  ));
  const resume = createResume({
    storage: deps.storage, now: deps.now, routine, setRoutine, failed: deps.failed,
    reopen(state, savedAt) {
      void deps.unlockAudio();
      player.reopen(state, savedAt);
      deps.router.go('/play');
    },
    todayTier: deps.todayTier,
    levelOf: (id) => deps.levelFor(id).level,
    painLimitsFor: deps.painLimitsFor,
  });
  const player = lazyPlayer(() => run()?.player);
  // The planner, the history and the session engine, all loaded before a session starts.
  const ready = () => Promise.all([deps.loadPlanner(), deps.settled(), loadRun()]);

  const play = (chosen: Routine, checkIn: StoredCheckIn, planner: Planner, { log, pacing }: SessionRun, inParts: boolean) => {
    const level = deps.levelFor(chosen.id).level;
    const plan = planner.planForToday(chosen, deps.library(), checkIn, deps.profile(), level);
    if (plan.items.length === 0) {
      deps.choose(chosen.id);
      deps.router.go('/today');
      return;
    }
    setRoutine({ id: chosen.id, name: chosen.name, tier: plan.tier, level, pain: planner.painLimitsFor(plan.tier, checkIn.pain) });
    resume.withdraw();
    log.clear();
    const session = planSession(plan.items, deps.planOptions());
    pacing.inParts(inParts ? planner.secondPartStart(session) : undefined);
    player.start(session);
    deps.router.go('/play');
  };

  return {
    routine,
    player,
    pacing: { finishLater: () => run()?.pacing.finishLater(), inParts: (n) => run()?.pacing.inParts(n), stepped: (s) => run()?.pacing.stepped(s) },
    summary: () => run()?.log.summary() ?? null,
    sessionId: () => run()?.log.sessionId() ?? null,
    saveFeedback: (answers) => loadRun().then((loaded) => loaded.log.saveFeedback(answers)),
    resumable: resume.resumable,
    start(chosen, checkIn, inParts) {
      void deps.unlockAudio();
      ready().then(([planner, , loaded]) => play(chosen, checkIn, planner, loaded, inParts)).catch(deps.failed);
    },
    resumeSaved() {
      void deps.unlockAudio();
      ready().then(() => resume.resumeSaved()).catch(deps.failed);
    },
    discardSaved: resume.discardSaved,
  };
}
