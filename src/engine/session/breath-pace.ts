import type { Category } from '../content/content-types';
import type { PlanStep } from './session-plan';

/** One paced breath: in for 4 s, out for 6 s, a slow breath out longer than the breath in, as the breathing exercises ask. */
export const BREATH_IN_MS = 4000;
export const BREATH_OUT_MS = 6000;
const BREATH_MS = BREATH_IN_MS + BREATH_OUT_MS;

/** A hold shorter than this is a squeeze or a tense (tense-and-relax), not a time to breathe through. */
const BREATH_HOLD_MIN_MS = 20_000;
// No new breath is called this close to the end of the hold: the step's own cue comes next.
const BREATH_END_QUIET_MS = 2000;

/** A breathing or relaxation hold long enough to breathe through: the breath pacer paces it instead of a countdown. */
export function isBreathHoldStep(category: Category, step: PlanStep): boolean {
  return category === 'breathing' && step.kind === 'work' && step.hold !== undefined && step.durationMs >= BREATH_HOLD_MIN_MS;
}

/** Where in the paced breath `elapsedMs` falls: breathing in or out, and how full the shape is (0 to 1). */
export function breathAt(elapsedMs: number): { inhaling: boolean; fullness: number } {
  const into = ((elapsedMs % BREATH_MS) + BREATH_MS) % BREATH_MS;
  if (into < BREATH_IN_MS) return { inhaling: true, fullness: into / BREATH_IN_MS };
  return { inhaling: false, fullness: 1 - (into - BREATH_IN_MS) / BREATH_OUT_MS };
}

/**
 * The pacer's turns in a breath hold of `durationMs`, as offsets from its start: "and out" where the breath in
 * ends, "breathe in" where the breath out ends. The first breath in is opened by the hold's own "Begin".
 */
export function breathTurns(durationMs: number): { cue: 'breathe-in' | 'breathe-out'; offsetMs: number }[] {
  const turns: { cue: 'breathe-in' | 'breathe-out'; offsetMs: number }[] = [];
  for (let start = 0; start < durationMs; start += BREATH_MS) {
    if (start > 0) turns.push({ cue: 'breathe-in', offsetMs: start });
    turns.push({ cue: 'breathe-out', offsetMs: start + BREATH_IN_MS });
  }
  return turns.filter((turn) => turn.offsetMs <= durationMs - BREATH_END_QUIET_MS);
}
