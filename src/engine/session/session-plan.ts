import type { Dose, Exercise, Position } from '../content/content-types';
import type { SessionSection } from '../clinical/routine-plan';

/** What a step of the session asks of the user. */
export type StepKind = 'ready' | 'work' | 'release' | 'switch' | 'rest' | 'transition';

/** Which side a one-sided exercise is working. */
export type Side = 'left' | 'right';

/** One exercise as it will be played, with the dose chosen for today. */
export interface PlannedExercise {
  exercise: Exercise;
  dose: Dose;
  /** The part of the routine it belongs to, when it came from one (the player names a new part as it begins). */
  section?: SessionSection;
}

/** One timed step of a session. Durations are whole milliseconds. */
export interface PlanStep {
  kind: StepKind;
  exerciseIndex: number;
  set: number;
  side?: Side;
  /** For a timed hold: which hold of the set this is (1-based). */
  hold?: number;
  /** A lead-in that waits for the person's tap ("Wait for me"): the position changes, floor to upright or back. */
  waits?: true;
  /** For counted reps: how long one rep takes (the tempo). */
  repMs?: number;
  /** Reps in this work step (counted reps), or 1 for a hold. */
  reps: number;
  durationMs: number;
}

/** An ordered, fully timed session. */
export interface SessionPlan {
  exercises: PlannedExercise[];
  steps: PlanStep[];
  totalMs: number;
}

/** Timing choices that are not part of any one exercise's dose. */
export interface PlanOptions {
  leadInSeconds: number;
  switchSeconds: number;
  transitionSeconds: number;
  defaultReleaseSeconds: number;
  /** "Wait for me": the next exercise waits for a tap when the person must get down to the floor or up from it. */
  waitOnPositionChange: boolean;
  /** How long a lead-in gives its spoken words before its countdown (ANNOUNCE_MS; 0 keeps the lead-in as chosen). */
  announceMs: number;
}

/**
 * How long a lead-in that opens the session (or follows a pain swap) gives its spoken words ("Get ready", the part,
 * the exercise's name, the side) before its 3-2-1 countdown, so a tick is never buried under a word. The longest
 * name with its side, in Spanish, takes about 6 s; tests/unit/cue-words-room.test.ts checks every one fits.
 */
export const ANNOUNCE_MS = 6500;
// The countdown's three ticks, one a second, end where the lead-in ends.
const COUNTDOWN_MS = 3000;

/** Defaults: a 5 s lead-in (longer when its words need the room), 5 s to switch sides, 15 s between exercises. */
export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  leadInSeconds: 5,
  switchSeconds: 5,
  transitionSeconds: 15,
  defaultReleaseSeconds: 5,
  waitOnPositionChange: true,
  announceMs: ANNOUNCE_MS,
};

const FLOOR: ReadonlySet<Position> = new Set(['lying', 'side-lying', 'prone', 'hands-and-knees', 'forearms-and-knees']);

/** Whether going from one exercise to the next means getting down to the floor or up from it. */
export function changesLevel(from: Exercise | undefined, to: Exercise): boolean {
  return from !== undefined && FLOOR.has(from.position) !== FLOOR.has(to.position);
}

const SEC = 1000;

/** A lead-in's length: the chosen seconds, made longer only when they leave the spoken words no room before the countdown. */
function leadInMs(seconds: number, announceMs: number): number {
  return Math.max(seconds * SEC, announceMs > 0 ? announceMs + COUNTDOWN_MS : 0);
}

/** The shortest lead-in that opens a session (or follows a pain swap): its words, then its countdown. */
export const SHORTEST_LEAD_IN_MS = leadInMs(0, ANNOUNCE_MS);

/** Turns a list of exercises and doses into an ordered, timed plan. */
export function planSession(exercises: PlannedExercise[], options: Partial<PlanOptions> = {}): SessionPlan {
  const opts = { ...DEFAULT_PLAN_OPTIONS, ...options };
  const steps: PlanStep[] = [];
  exercises.forEach((planned, exerciseIndex) => {
    const lead = exerciseIndex === 0
      ? { kind: 'ready' as const, ms: opts.leadInSeconds > 0 ? leadInMs(opts.leadInSeconds, opts.announceMs) : 0 }
      : { kind: 'transition' as const, ms: opts.transitionSeconds * SEC };
    const waits = opts.waitOnPositionChange && changesLevel(exercises[exerciseIndex - 1]?.exercise, planned.exercise);
    if (lead.ms > 0) steps.push({ ...pause(lead.kind, exerciseIndex, 1, lead.ms), ...(waits ? { waits: true as const } : {}) });
    steps.push(...stepsForExercise(planned.dose, exerciseIndex, opts));
  });
  const totalMs = steps.reduce((sum, step) => sum + step.durationMs, 0);
  return { exercises, steps, totalMs };
}

function stepsForExercise(dose: Dose, exerciseIndex: number, opts: PlanOptions): PlanStep[] {
  const steps: PlanStep[] = [];
  const sides: (Side | undefined)[] = dose.perSide ? ['left', 'right'] : [undefined];
  for (let set = 1; set <= dose.sets; set++) {
    if (set > 1 && dose.restSeconds > 0) steps.push(pause('rest', exerciseIndex, set, dose.restSeconds * SEC));
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0 && opts.switchSeconds > 0) {
        steps.push(withSide(pause('switch', exerciseIndex, set, opts.switchSeconds * SEC), side));
      }
      steps.push(...workSteps(dose, exerciseIndex, set, side, opts));
    });
  }
  return steps;
}

function workSteps(dose: Dose, exerciseIndex: number, set: number, side: Side | undefined, opts: PlanOptions): PlanStep[] {
  if (dose.holdSeconds === undefined) {
    const repMs = (dose.repSeconds ?? 4) * SEC;
    return [withSide({ kind: 'work', exerciseIndex, set, reps: dose.reps, repMs, durationMs: dose.reps * repMs }, side)];
  }
  const releaseMs = (dose.releaseSeconds ?? opts.defaultReleaseSeconds) * SEC;
  const steps: PlanStep[] = [];
  for (let hold = 1; hold <= dose.reps; hold++) {
    if (hold > 1 && releaseMs > 0) steps.push(withSide(pause('release', exerciseIndex, set, releaseMs), side));
    steps.push(withSide({ kind: 'work', exerciseIndex, set, hold, reps: 1, durationMs: dose.holdSeconds * SEC }, side));
  }
  return steps;
}

function pause(kind: StepKind, exerciseIndex: number, set: number, durationMs: number): PlanStep {
  return { kind, exerciseIndex, set, reps: 0, durationMs };
}

function withSide(step: PlanStep, side: Side | undefined): PlanStep {
  return side === undefined ? step : { ...step, side };
}

/** Sums the planned time of each exercise, lead-ins and transitions included. */
export function exerciseDurationsMs(plan: SessionPlan): number[] {
  const totals = plan.exercises.map(() => 0);
  for (const step of plan.steps) totals[step.exerciseIndex] = (totals[step.exerciseIndex] ?? 0) + step.durationMs;
  return totals;
}

/** Whether a session has more than one part (warm-up, main, cool-down); only then are parts worth naming. */
export function hasParts(exercises: readonly PlannedExercise[]): boolean {
  return new Set(exercises.map((planned) => planned.section ?? 'main')).size > 1;
}

/** The part of the routine that begins with exercise `index`, when the session has more than one part (else null). */
export function partStartingAt(exercises: readonly PlannedExercise[], index: number): SessionSection | null {
  const section = exercises[index]?.section;
  if (section === undefined || exercises[index - 1]?.section === section) return null;
  return hasParts(exercises) ? section : null;
}
