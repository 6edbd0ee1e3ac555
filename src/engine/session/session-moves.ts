import { currentIndex, jumpTo, settle, type SessionState } from './session';

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
