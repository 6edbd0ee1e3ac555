import type { PainKind } from '../clinical/pain-response';
import type { DueCue } from './cues';
import { cuesBetween } from './session-cues';
import type { SessionPlan } from './session-plan';

/** Whether the session is running, paused or over. */
export type SessionStatus = 'playing' | 'paused' | 'finished';

/** Something the user did during a session, kept for the summary. */
export type SessionEvent =
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'skip' | 'back'; at: number; stepIndex: number }
  | { type: 'skip-exercise'; at: number; exerciseIndex: number }
  | { type: 'pain'; at: number; stepIndex: number; exerciseIndex: number; level?: number }
  | { type: 'pain-stop'; at: number; exerciseIndex: number; level: number; kind?: PainKind }
  | { type: 'swap'; at: number; exerciseIndex: number; to: string }
  | { type: 'end-early'; at: number; stepIndex: number }
  | { type: 'finish-later'; at: number };

/** Time spent in one work step, and whether it ran to its end. */
export interface WorkRecord {
  stepIndex: number;
  ms: number;
  complete: boolean;
}

/**
 * The whole session state. It is plain data (a checkpoint is this object as JSON).
 * Time is never counted: the current step began at `stepStartedAt` (wall-clock ms,
 * shifted forward by every pause) and everything else is derived from `now`.
 */
export interface SessionState {
  plan: SessionPlan;
  status: SessionStatus;
  stepIndex: number;
  stepStartedAt: number;
  pausedAt: number | null;
  /** Cues due at or before this time have already been handed out (or dropped as stale). */
  cuedUntil: number;
  startedAt: number;
  endedAt: number | null;
  events: SessionEvent[];
  work: WorkRecord[];
}

/** What one tick decided: the new state and the cues to play. */
export interface TickResult {
  state: SessionState;
  cues: DueCue[];
  dropped: number;
}

/** How far ahead cues are handed out, and how late a cue may be before it is dropped. */
export interface TickOptions {
  lookAheadMs: number;
  staleMs: number;
}

/** Cues are scheduled 1.5 s ahead (timers can be late); a cue over 1 s late is dropped, not played. */
export const DEFAULT_TICK_OPTIONS: TickOptions = { lookAheadMs: 1500, staleMs: 1000 };

/** What is left of a lead-in after the person's tap ends a wait: a moment to settle, then the countdown. */
export const READY_AFTER_WAIT_MS = 5000;

/** Starts a session at `now`. */
export function startSession(plan: SessionPlan, now: number): SessionState {
  return {
    plan, status: plan.steps.length ? 'playing' : 'finished', stepIndex: 0, stepStartedAt: now, pausedAt: null,
    cuedUntil: now - 1, startedAt: now, endedAt: plan.steps.length ? null : now, events: [], work: [],
  };
}

/** Advances the state to `now` and returns the cues due up to `now + lookAheadMs`. */
export function tick(state: SessionState, now: number, options: Partial<TickOptions> = {}): TickResult {
  const { lookAheadMs, staleMs } = { ...DEFAULT_TICK_OPTIONS, ...options };
  if (state.status !== 'playing') return { state, cues: [], dropped: 0 };
  const next = advanceTo(state, now);
  const horizon = next.status === 'playing' ? now + lookAheadMs : now;
  const due = cuesBetween(state.plan, state.stepIndex, state.stepStartedAt, state.cuedUntil, horizon);
  const cues = due.filter((c) => c.at >= now - staleMs);
  return { state: { ...next, cuedUntil: Math.max(state.cuedUntil, horizon) }, cues, dropped: due.length - cues.length };
}

/** Moves through every step whose end has passed; each step starts exactly where the last ended. */
function advanceTo(state: SessionState, now: number): SessionState {
  let { stepIndex, stepStartedAt } = state;
  const work = [...state.work];
  const steps = state.plan.steps;
  let step = steps[stepIndex];
  while (step && now >= stepStartedAt + step.durationMs) {
    if (step.kind === 'work') work.push({ stepIndex, ms: step.durationMs, complete: true });
    stepStartedAt += step.durationMs;
    stepIndex += 1;
    step = steps[stepIndex];
    // "Wait for me": a lead-in that waits stops the clock at its start until the person taps.
    if (step?.waits) {
      return { ...state, stepIndex, stepStartedAt, work, status: 'paused', pausedAt: stepStartedAt, events: [...state.events, { type: 'pause', at: stepStartedAt }] };
    }
  }
  if (step) return { ...state, stepIndex, stepStartedAt, work };
  return { ...state, stepIndex: steps.length - 1, stepStartedAt, work, status: 'finished', endedAt: stepStartedAt };
}

/** Pauses at `now`; cues not yet played are withdrawn (the shell cancels what it scheduled). */
export function pause(state: SessionState, now: number): SessionState {
  if (state.status !== 'playing') return state;
  const settled = advanceTo(state, now);
  if (settled.status !== 'playing') return settled;
  return { ...settled, status: 'paused', pausedAt: now, cuedUntil: now, events: [...state.events, { type: 'pause', at: now }] };
}

/** Resumes at `now`: the current step carries on from where it was paused. */
export function resume(state: SessionState, now: number): SessionState {
  if (state.status !== 'paused' || state.pausedAt === null) return state;
  // A lead-in that waited for the tap goes on with only its last seconds: the person is ready.
  const step = state.plan.steps[state.stepIndex];
  const waited = step?.waits && state.pausedAt === state.stepStartedAt;
  const stepStartedAt = waited ? now - Math.max(0, step.durationMs - READY_AFTER_WAIT_MS) : state.stepStartedAt + now - state.pausedAt;
  return {
    ...state, status: 'playing', pausedAt: null, stepStartedAt, cuedUntil: now,
    events: [...state.events, { type: 'resume', at: now }],
  };
}

/** The state moved on to `now` when it is playing; a paused or finished state stays as it is. */
export function settle(state: SessionState, now: number): SessionState {
  return state.status === 'playing' ? advanceTo(state, now) : state;
}

/** The work done so far in the current step, if it is a work step. */
export function partialWork(state: SessionState, now: number): WorkRecord[] {
  const step = state.plan.steps[state.stepIndex];
  if (!step || step.kind !== 'work') return [];
  const at = state.pausedAt ?? now;
  const ms = Math.max(0, Math.min(step.durationMs, at - state.stepStartedAt));
  return ms > 0 ? [{ stepIndex: state.stepIndex, ms, complete: false }] : [];
}

/** Reopens a checkpoint saved at `savedAt`: the session waits, paused where it was left. */
export function restoreSession(state: SessionState, savedAt: number): SessionState {
  if (state.status !== 'playing') return state;
  const settled = advanceTo(state, savedAt);
  if (settled.status === 'finished') return settled;
  return { ...settled, status: 'paused', pausedAt: savedAt, cuedUntil: savedAt };
}

/** The step playing at `now` (a paused session stays on its step). */
export function currentIndex(state: SessionState, now: number): number {
  return state.status === 'playing' ? advanceTo(state, now).stepIndex : state.stepIndex;
}
