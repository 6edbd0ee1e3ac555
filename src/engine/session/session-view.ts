import type { PlannedExercise, PlanStep } from './session-plan';
import { stepOffsetsMs } from './session-cues';
import type { SessionState } from './session';

/** Everything the player screen shows at one moment, derived from the state and the clock. */
export interface SessionView {
  step: PlanStep;
  stepIndex: number;
  exercise: PlannedExercise;
  elapsedMs: number;
  remainingMs: number;
  /** 0..1 through the current step. */
  stepProgress: number;
  /** 0..1 through the whole session. */
  sessionProgress: number;
  remainingSessionMs: number;
  /** The rep being done now (counted reps), 1-based. */
  rep: number | null;
  /** Waiting for the person's tap before the next exercise ("Wait for me"). */
  waiting: boolean;
  /** The exercise after this one, if any. */
  nextExercise: PlannedExercise | null;
}

/** Describes what is happening at `now` without changing the state. */
export function viewSession(state: SessionState, now: number): SessionView {
  const { plan } = state;
  const step = plan.steps[state.stepIndex] as PlanStep;
  const clockAt = state.status === 'paused' && state.pausedAt !== null ? state.pausedAt : state.endedAt ?? now;
  const at = state.status === 'playing' ? now : clockAt;
  const elapsedMs = clamp(at - state.stepStartedAt, 0, step.durationMs);
  const offset = (stepOffsetsMs(plan)[state.stepIndex] ?? 0) + elapsedMs;
  const done = state.status === 'finished' && state.endedAt !== null;
  return {
    step,
    stepIndex: state.stepIndex,
    exercise: plan.exercises[step.exerciseIndex] as PlannedExercise,
    elapsedMs,
    remainingMs: step.durationMs - elapsedMs,
    stepProgress: step.durationMs ? elapsedMs / step.durationMs : 1,
    sessionProgress: done ? 1 : plan.totalMs ? offset / plan.totalMs : 1,
    remainingSessionMs: done ? 0 : plan.totalMs - offset,
    rep: step.kind === 'work' && step.repMs ? Math.min(step.reps, Math.floor(elapsedMs / step.repMs) + 1) : null,
    nextExercise: plan.exercises[step.exerciseIndex + 1] ?? null,
    waiting: state.status === 'paused' && step.waits === true && state.pausedAt === state.stepStartedAt,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
