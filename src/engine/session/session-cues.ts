import type { CueName, DueCue } from './cues';
import { partStartingAt, type PlanStep, type SessionPlan } from './session-plan';
import type { SessionSection } from '../clinical/routine-plan';
import { breathTurns, isBreathHoldStep } from './breath-pace';

/** A cue at an offset (ms) from the start of its step, with what it introduces (see DueCue). */
export interface StepCue {
  cue: CueName;
  offsetMs: number;
  exerciseId?: string;
  side?: 'left' | 'right';
  part?: SessionSection;
}

const COUNTDOWN: readonly CueName[] = ['countdown-3', 'countdown-2', 'countdown-1'];
// A countdown needs room: in a step shorter than this, the opening cue would collide with "3".
const MIN_COUNTDOWN_STEP_MS = 4500;
// Leaves the "exercise done" chime and voice room before "next exercise" is announced (in Spanish they take 2.6 s).
const NEXT_EXERCISE_DELAY_MS = 3000;

/** The cues that belong to one step, in time order. */
export function cuesForStep(plan: SessionPlan, index: number): StepCue[] {
  const step = plan.steps[index];
  if (!step) return [];
  // A breathing or relaxation hold opens with "Begin": never a call to hold one's breath.
  const category = plan.exercises[step.exerciseIndex]?.exercise.category;
  const cues: StepCue[] = openingCues(step, plan.steps[index - 1], category === 'breathing').map((c) => introduce(c, plan, index));
  // Then the breath pacer's turns are spoken as it shows them.
  if (category && isBreathHoldStep(category, step)) cues.push(...breathTurns(step.durationMs));
  if (step.kind === 'work' && step.repMs !== undefined) {
    for (let rep = 1; rep < step.reps; rep++) cues.push({ cue: 'rep', offsetMs: rep * step.repMs });
  }
  if (step.kind !== 'work' && step.durationMs >= MIN_COUNTDOWN_STEP_MS) {
    COUNTDOWN.forEach((cue, i) => cues.push({ cue, offsetMs: step.durationMs - (3 - i) * 1000 }));
  }
  return cues.sort((a, b) => a.offsetMs - b.offsetMs);
}

/** Adds to an introducing cue the exercise it introduces, the side about to be worked and the part it opens. */
function introduce(c: StepCue, plan: SessionPlan, index: number): StepCue {
  const step = plan.steps[index] as PlanStep;
  if (c.cue === 'switch-sides') return step.side ? { ...c, side: step.side } : c;
  if (c.cue !== 'get-ready' && c.cue !== 'next-exercise') return c;
  const exerciseId = plan.exercises[step.exerciseIndex]?.exercise.id;
  const side = plan.steps[index + 1]?.side;
  const part = partStartingAt(plan.exercises, step.exerciseIndex);
  return { ...c, ...(exerciseId ? { exerciseId } : {}), ...(side ? { side } : {}), ...(part ? { part } : {}) };
}

function openingCues(step: PlanStep, previous: PlanStep | undefined, breathing: boolean): StepCue[] {
  switch (step.kind) {
    case 'ready':
      return [{ cue: 'get-ready', offsetMs: 0 }];
    case 'work':
      return [{ cue: step.hold === undefined || breathing ? 'start' : 'hold', offsetMs: 0 }];
    case 'release':
      return [{ cue: 'release', offsetMs: 0 }];
    case 'switch':
      return [{ cue: 'switch-sides', offsetMs: 0 }];
    case 'rest':
      return [{ cue: 'rest', offsetMs: 0 }];
    case 'transition': {
      const next: StepCue = { cue: 'next-exercise', offsetMs: Math.min(NEXT_EXERCISE_DELAY_MS, step.durationMs / 2) };
      return previous ? [{ cue: 'exercise-done', offsetMs: 0 }, next] : [next];
    }
  }
}

/** Where each step starts, as an offset (ms) from the start of the session. */
export function stepOffsetsMs(plan: SessionPlan): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const step of plan.steps) {
    offsets.push(at);
    at += step.durationMs;
  }
  return offsets;
}

/**
 * Every cue from step `index` (which began at `startedAt`) on, with `from < at <= to`, and the closing
 * chime. Nothing is handed out past the start of a lead-in that waits for the person's tap.
 */
export function cuesBetween(plan: SessionPlan, index: number, startedAt: number, from: number, to: number): DueCue[] {
  const out: DueCue[] = [];
  const { steps } = plan;
  let start = startedAt;
  for (let i = index; i < steps.length && start <= to; i++) {
    const waits = i > index && steps[i]?.waits;
    for (const c of cuesForStep(plan, i)) {
      const at = start + c.offsetMs;
      const { offsetMs, ...named } = c;
      if (at > from && at <= to && (!waits || offsetMs === 0)) out.push({ ...named, at });
    }
    if (waits) return out;
    start += (steps[i] as PlanStep).durationMs;
  }
  if (start > from && start <= to) out.push({ cue: 'session-complete', at: start });
  return out;
}
