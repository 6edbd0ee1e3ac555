import { currentIndex, partialWork, settle, type SessionEvent, type SessionState } from './session';

/** Jumps to the start of step `index` at `now`, recording the work left unfinished. */
export function jumpTo(state: SessionState, index: number, now: number, event: SessionEvent): SessionState {
  const settled = settle(state, now);
  if (settled.status === 'finished') return settled;
  const clamped = Math.max(0, Math.min(index, settled.plan.steps.length));
  const work = [...settled.work, ...partialWork(settled, now)];
  const base = { ...settled, work, events: [...settled.events, event] };
  if (clamped >= settled.plan.steps.length) return { ...base, status: 'finished', endedAt: now };
  const paused = settled.status === 'paused';
  return { ...base, stepIndex: clamped, stepStartedAt: now, cuedUntil: now - 1, pausedAt: paused ? now : null };
}

/** Skips the rest of the current step. */
export function skipStep(state: SessionState, now: number): SessionState {
  return jumpTo(state, currentIndex(state, now) + 1, now, { type: 'skip', at: now, stepIndex: currentIndex(state, now) });
}

/** Goes back to the start of the previous step. */
export function backStep(state: SessionState, now: number): SessionState {
  return jumpTo(state, currentIndex(state, now) - 1, now, { type: 'back', at: now, stepIndex: currentIndex(state, now) });
}

/** Skips the rest of the current exercise, landing on the lead-in of the next one. */
export function skipExercise(state: SessionState, now: number): SessionState {
  const index = currentIndex(state, now);
  const exerciseIndex = state.plan.steps[index]?.exerciseIndex ?? 0;
  const nextStart = state.plan.steps.findIndex((s, i) => i > index && s.exerciseIndex > exerciseIndex);
  const target = nextStart === -1 ? state.plan.steps.length : nextStart;
  return jumpTo(state, target, now, { type: 'skip-exercise', at: now, exerciseIndex });
}

/** Ends the session now, keeping what was done. */
export function endEarly(state: SessionState, now: number): SessionState {
  if (state.status === 'finished') return state;
  const settled = settle(state, now);
  if (settled.status === 'finished') return settled;
  return {
    ...settled, status: 'finished', endedAt: now, work: [...settled.work, ...partialWork(settled, now)],
    events: [...settled.events, { type: 'end-early', at: now, stepIndex: settled.stepIndex }],
  };
}

/** Records a pain report against the step playing at `now`. */
export function recordPain(state: SessionState, now: number, level?: number): SessionState {
  const stepIndex = currentIndex(state, now);
  const exerciseIndex = state.plan.steps[stepIndex]?.exerciseIndex ?? 0;
  const event: SessionEvent = level === undefined
    ? { type: 'pain', at: now, stepIndex, exerciseIndex }
    : { type: 'pain', at: now, stepIndex, exerciseIndex, level };
  return { ...state, events: [...state.events, event] };
}

/**
 * Back by one exercise: to the start of this exercise, or, from its first step, to the start of the one
 * before. So Back undoes a Skip, and a second Back goes one exercise further.
 */
export function previousExercise(state: SessionState, now: number): SessionState {
  const index = currentIndex(state, now);
  const { steps } = state.plan;
  const exerciseIndex = steps[index]?.exerciseIndex ?? 0;
  const first = steps.findIndex((s) => s.exerciseIndex === exerciseIndex);
  const target = index > first ? first : Math.max(0, steps.findIndex((s) => s.exerciseIndex === exerciseIndex - 1));
  return jumpTo(state, target, now, { type: 'back', at: now, stepIndex: index });
}

/** Step kinds that are a pause between efforts, which the person may lengthen. */
const RESTFUL = new Set(['ready', 'rest', 'switch', 'release', 'transition']);

/**
 * Lengthens the pause playing now (a rest, a side switch, the time between exercises) by `ms`; work is
 * never lengthened. The plan itself grows, so the count, the cues and the time left all stay true.
 */
export function extendRest(state: SessionState, now: number, ms: number): SessionState {
  const settled = settle(state, now);
  const step = settled.plan.steps[settled.stepIndex];
  if (settled.status === 'finished' || !step || !RESTFUL.has(step.kind) || ms <= 0) return settled;
  const steps = settled.plan.steps.map((s, i) => (i === settled.stepIndex ? { ...s, durationMs: s.durationMs + ms } : s));
  // Cues already handed out for the old end are withdrawn by the shell; they are handed out again from now.
  return { ...settled, plan: { ...settled.plan, steps, totalMs: settled.plan.totalMs + ms }, cuedUntil: Math.min(settled.cuedUntil, now) };
}

/** Whether the step playing now is a pause the person may lengthen. */
export function isRestful(kind: string): boolean {
  return RESTFUL.has(kind);
}
