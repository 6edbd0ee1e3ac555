import { batch, createSignal, type Accessor } from 'solid-js';
import type { DueCue } from '../engine/session/cues';
import { pause, restoreSession, resume, startSession, tick, type SessionState } from '../engine/session/session';
import {
  endEarly, extendRest, previousExercise, recordPain, skipExercise, skipStep,
} from '../engine/session/session-moves';
import { stopForPain, swapExercise } from '../engine/session/session-pain';
import { keepForLater } from '../engine/session/pacing';
import { partStartingAt, type PlannedExercise, type SessionPlan } from '../engine/session/session-plan';
import type { SessionSection } from '../engine/clinical/routine-plan';
import { viewSession, type SessionView } from '../engine/session/session-view';
import { painResponse, type PainLimits, type PainReport, type PainResponse } from '../engine/clinical/pain-response';
import { nowPlayingOf, type NowPlaying } from './now-playing';

/** The sound side of the player, as the state layer needs it (src/audio implements it). */
export interface CueSink {
  schedule(cues: readonly DueCue[], now: number): void;
  cancel(): void;
  keepAlive(on: boolean): void;
  speak(text: string): void;
}

/** Everything the player needs from the outside world; tests pass fakes. */
export interface PlayerDeps {
  now: () => number;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  later: (fn: () => void, ms: number) => void;
  cues: CueSink;
  /** Called whenever the step or status changes: the checkpoint seam. */
  checkpoint: (state: SessionState) => void;
  finished: (state: SessionState) => void;
  screen?: { awake(on: boolean): void; nowPlaying(now: NowPlaying): void };
  /** The spoken name of a part of the routine ("Warm-up"); without it parts are not spoken. */
  partName?(section: SessionSection): string;
}

/** The reactive player: the engine state, what it looks like now, and the user's controls. */
export interface Player {
  state: Accessor<SessionState | null>;
  view: Accessor<SessionView | null>;
  start(plan: SessionPlan): void;
  reopen(saved: SessionState, savedAt: number): void;
  pause(): void;
  resume(): void;
  /** On to the next exercise (its lead-in): what Skip and the headphones' next button do. */
  nextExercise(): void;
  /** Back to the start of this exercise, or from there to the one before. */
  previousExercise(): void;
  /** On to the next step only (the rest of this hold, this rest). */
  nextStep(): void;
  /** Lengthens the rest playing now by `seconds`. */
  extendRest(seconds: number): void;
  end(): void;
  /** Stops here to finish later today: the session waits, paused exactly where it is (clinical/README.md, section 8). */
  keepForLater(): void;
  /** Records a pain report; when today's limits say so the exercise stops and the session waits. */
  pain(report: PainReport): PainResponse;
  /** Puts an easier variant in for the rest of an exercise, after a get-ready lead-in of `leadInSeconds`. */
  swap(exerciseIndex: number, planned: PlannedExercise, leadInSeconds: number): void;
  dispose(): void;
}

// Four updates a second keeps the numerals exact to the second; cues do not depend on it (they are scheduled ahead).
const TICK_MS = 250;
// Every cue of the next five minutes is handed out at once and placed on the audio clock: a hidden tab gets a
// timer wake-up only once a minute, and a locked phone may run none (src/audio/README.md).
export const CUE_HORIZON_MS = 5 * 60_000;

/** Builds the player from its adapters; `painLimits` are today's, decided once by the rules (without them every report stops). */
export function createPlayer(deps: PlayerDeps, routineName: Accessor<string>, painLimits: Accessor<PainLimits | undefined>): Player {
  const [state, setState] = createSignal<SessionState | null>(null);
  const [view, setView] = createSignal<SessionView | null>(null);
  let timer: unknown = null;

  const commit = (next: SessionState, now: number, changed: boolean) => {
    const before = state();
    batch(() => {
      setState(next);
      setView(viewSession(next, now));
    });
    if (changed || !before || before.stepIndex !== next.stepIndex || before.status !== next.status) onStepChange(before, next);
  };

  const onStepChange = (before: SessionState | null, next: SessionState) => {
    deps.checkpoint(next);
    const step = next.plan.steps[next.stepIndex];
    const exercise = step ? next.plan.exercises[step.exerciseIndex]?.exercise : undefined;
    const playing = next.status === 'playing';
    deps.screen?.awake(playing);
    const shown = view();
    if (shown) deps.screen?.nowPlaying(nowPlayingOf(next, shown, routineName()));
    const entered = before?.stepIndex !== next.stepIndex || before.status !== 'playing';
    if (playing && entered && step && (step.kind === 'ready' || step.kind === 'transition') && exercise) {
      // A new part of the routine is named first: "Cool-down. Knee rocks."
      const part = partStartingAt(next.plan.exercises, step.exerciseIndex);
      deps.cues.speak(part && deps.partName ? `${deps.partName(part)}. ${exercise.name}` : exercise.name);
    }
    if (next.status === 'finished' && before?.status !== 'finished') finish(next);
  };

  const loop = () => {
    const current = state();
    if (!current || current.status !== 'playing') return;
    const now = deps.now();
    const result = tick(current, now, { lookAheadMs: CUE_HORIZON_MS });
    if (result.cues.length) deps.cues.schedule(result.cues, now);
    commit(result.state, now, false);
  };

  const run = () => {
    if (timer === null) timer = deps.setInterval(loop, TICK_MS);
    deps.cues.keepAlive(true);
  };

  const stop = () => {
    if (timer !== null) deps.clearInterval(timer);
    timer = null;
  };

  const finish = (final: SessionState) => {
    stop();
    deps.finished(final);
    // The closing chime has been scheduled ahead; let it play before the audio context may sleep.
    deps.later(() => deps.cues.keepAlive(false), 4000);
  };

  const command = (apply: (s: SessionState, now: number) => SessionState) => () => {
    const current = state();
    if (!current || current.status === 'finished') return;
    const now = deps.now();
    deps.cues.cancel();
    commit(apply(current, now), now, true);
    const status = state()?.status;
    if (status === 'playing') {
      run();
      loop();
      return;
    }
    stop();
    // Paused by the person: the media element pauses too, so the lock screen shows it paused.
    if (status === 'paused') deps.cues.keepAlive(false);
  };

  return {
    state,
    view,
    start(plan) {
      const now = deps.now();
      commit(startSession(plan, now), now, true);
      run();
      loop();
    },
    reopen(saved, savedAt) {
      stop();
      const now = deps.now();
      commit(restoreSession(saved, savedAt), now, true);
    },
    pause: command((s, now) => pause(s, now)),
    resume: command((s, now) => resume(s, now)),
    nextExercise: command((s, now) => skipExercise(s, now)),
    previousExercise: command((s, now) => previousExercise(s, now)),
    nextStep: command((s, now) => skipStep(s, now)),
    extendRest: (seconds) => command((s, now) => extendRest(s, now, seconds * 1000))(),
    end: command((s, now) => endEarly(s, now)),
    keepForLater: command((s, now) => keepForLater(s, now)),
    pain(report) {
      const limits = painLimits();
      const response = limits ? painResponse(report, limits) : { stopsExercise: true, firstChoice: 'stop-for-today' as const };
      const current = state();
      if (!current || current.status === 'finished') return response;
      if (!response.stopsExercise) {
        const now = deps.now();
        commit(recordPain(current, now, report.level), now, true);
        return response;
      }
      command((s, now) => stopForPain(s, now, report))();
      return response;
    },
    swap(exerciseIndex, planned, leadInSeconds) {
      command((s, now) => swapExercise(s, exerciseIndex, planned, now, leadInSeconds))();
    },
    dispose() {
      stop();
      deps.cues.cancel();
      deps.cues.keepAlive(false);
      deps.screen?.awake(false);
    },
  };
}
