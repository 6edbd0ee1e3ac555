import { DOSE_FLOORS, INFLAMED_JOINT_RULES, PROGRESSION, RED_FACTOR_EXEMPT, TIER_DOSE_CAPS, type TierDoseCap } from './rules';
import type { Category, Dose, Exercise, Tier } from '../content/content-types';
import type { JointRegion } from '../content/movement-types';
import { doseSeconds, fitTime, withHold } from './dose-time';
import { movesHotJoint } from './rule-out';

/** `value` scaled by `factor`, rounded, never below `floor` (or below `value` when it is smaller). */
function scaled(value: number, factor: number, floor: number): number {
  return Math.max(Math.min(value, floor), Math.round(value * factor));
}

/** A tier's dose ceiling for a category: on a red day breathing keeps its own holds (still 1 set of at most 3). */
function capFor(tier: Tier, category: Category | undefined): TierDoseCap {
  const cap = TIER_DOSE_CAPS[tier];
  const exempt = tier === 'red' && category !== undefined && RED_FACTOR_EXEMPT.includes(category);
  return exempt ? { ...cap, setsFactor: 1, repsFactor: 1, holdFactor: 1, restFactor: 1 } : cap;
}

/** A dose held under the tier's ceiling, computed from the green dose (README "Tiers", "dose"). */
export function capDose(dose: Dose, green: Dose, tier: Tier, category?: Category): Dose {
  const cap = capFor(tier, category);
  const sets = Math.min(dose.sets, cap.maxSets ?? Infinity, scaled(green.sets, cap.setsFactor, DOSE_FLOORS.sets));
  const reps = Math.min(dose.reps, cap.maxReps ?? Infinity, scaled(green.reps, cap.repsFactor, DOSE_FLOORS.reps));
  const restSeconds = Math.max(dose.restSeconds, Math.round(green.restSeconds * cap.restFactor));
  const hold = dose.holdSeconds === undefined || green.holdSeconds === undefined
    ? dose.holdSeconds
    : Math.min(dose.holdSeconds, scaled(green.holdSeconds, cap.holdFactor, DOSE_FLOORS.holdSeconds));
  const capped = withHold({ ...dose, sets, reps, restSeconds }, hold);
  return cap.timeFactor === undefined ? capped : fitTime(capped, doseSeconds(green) * cap.timeFactor, DOSE_FLOORS.holdSeconds);
}

/** The smaller of two doses, field by field (the second one's side and pacing win). */
export function smallerDose(a: Dose, b: Dose): Dose {
  const hold = a.holdSeconds === undefined || b.holdSeconds === undefined
    ? b.holdSeconds ?? a.holdSeconds
    : Math.min(a.holdSeconds, b.holdSeconds);
  const dose = { ...b, sets: Math.min(a.sets, b.sets), reps: Math.min(a.reps, b.reps), restSeconds: Math.max(a.restSeconds, b.restSeconds) };
  return withHold(dose, hold);
}

/** A progression level clamped to an exercise's dose range, as a whole number (past it, the harder variant takes over). */
export function clampLevel(level: number): number {
  return Math.min(PROGRESSION.maxDoseLevel, Math.max(PROGRESSION.minLevel, Math.trunc(level)));
}

/** A dose moved by a progression level (src/engine/clinical/README.md, section 5); positive levels only where the tier allows. */
export function applyLevel(dose: Dose, tier: Tier, level: number): Dose {
  const steps = clampLevel(level);
  if (steps > 0 && TIER_DOSE_CAPS[tier].allowsProgression) {
    if (dose.holdSeconds !== undefined) {
      const ceiling = Math.max(dose.holdSeconds, PROGRESSION.maxHoldSeconds);
      return withHold(dose, Math.min(ceiling, dose.holdSeconds + steps * PROGRESSION.holdSecondsPerLevel));
    }
    const ceiling = Math.max(dose.reps, PROGRESSION.maxReps);
    return { ...dose, reps: Math.min(ceiling, dose.reps + steps * PROGRESSION.repsPerLevel) };
  }
  if (steps >= 0) return dose;
  const down = -steps;
  const sets = Math.max(DOSE_FLOORS.sets, dose.sets - Math.floor(down / PROGRESSION.levelsPerSet));
  if (dose.holdSeconds !== undefined) {
    const floor = Math.min(dose.holdSeconds, DOSE_FLOORS.holdSeconds);
    return withHold({ ...dose, sets }, Math.max(floor, dose.holdSeconds - down * PROGRESSION.holdSecondsPerLevel));
  }
  return { ...dose, sets, reps: Math.max(DOSE_FLOORS.reps, dose.reps - down * PROGRESSION.repsPerLevel) };
}

/** One gentle repetition for an exercise that moves a hot joint region (README "Inflamed joints"). */
function limitInflamed(dose: Dose, inflamed: boolean): Dose {
  if (!inflamed) return dose;
  return { ...dose, sets: Math.min(dose.sets, INFLAMED_JOINT_RULES.sets), reps: Math.min(dose.reps, INFLAMED_JOINT_RULES.reps) };
}

/**
 * Today's dose of a routine entry; undefined when the tier has no dose for it. In green the routine's own
 * dose replaces the prescription; in amber and red it can only make the tier's dose smaller, and the caps
 * are worked out from the smaller of the two green doses, so a routine never lifts a bad day's dose.
 */
export function doseForItem(
  exercise: Exercise, override: Dose | undefined, tier: Tier, level: number, hotJoints: readonly JointRegion[] = [],
): Dose | undefined {
  const tierDose = exercise.tiers[tier];
  if (tierDose === undefined) return undefined;
  const prescribed = exercise.tiers.green ?? exercise.dose;
  const green = tier === 'green' ? override ?? tierDose : override === undefined ? prescribed : smallerDose(override, prescribed);
  const base = tier === 'green' ? green : override === undefined ? tierDose : smallerDose(override, tierDose);
  const capped = capDose(base, green, tier, exercise.category);
  return limitInflamed(applyLevel(capped, tier, level), movesHotJoint(exercise, hotJoints));
}

/** The dose of an exercise in a tier at a progression level (0 = prescribed); undefined when not allowed. */
export function doseForTier(exercise: Exercise, tier: Tier, level: number, hotJoints: readonly JointRegion[] = []): Dose | undefined {
  return doseForItem(exercise, undefined, tier, level, hotJoints);
}
