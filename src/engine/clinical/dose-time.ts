import type { Dose } from '../content/content-types';

/** How long a dose keeps someone working, in seconds: every rep or hold on every side, and the rests between sets. */
export function doseSeconds(dose: Dose): number {
  const sides = dose.perSide ? 2 : 1;
  const perRep = dose.repSeconds ?? (dose.holdSeconds ?? 0) + (dose.releaseSeconds ?? 0);
  return dose.sets * dose.reps * perRep * sides + (dose.sets - 1) * dose.restSeconds;
}

/** A dose with its optional hold replaced (or kept absent), respecting exactOptionalPropertyTypes. */
export function withHold(dose: Dose, holdSeconds: number | undefined): Dose {
  const { holdSeconds: _old, ...rest } = dose;
  return holdSeconds === undefined ? rest : { ...rest, holdSeconds };
}

/** One step smaller: a set fewer, else a rep fewer, else a second off the hold; undefined at the floors. */
function stepDown(dose: Dose, holdFloor: number): Dose | undefined {
  if (dose.sets > 1) return { ...dose, sets: dose.sets - 1 };
  if (dose.reps > 1) return { ...dose, reps: dose.reps - 1 };
  if (dose.holdSeconds !== undefined && dose.holdSeconds > holdFloor) return withHold(dose, dose.holdSeconds - 1);
  return undefined;
}

/** The dose made smaller, step by step, until it takes at most `seconds` (or reaches 1 set, 1 rep and the hold floor). */
export function fitTime(dose: Dose, seconds: number, holdFloor: number): Dose {
  let fitted = dose;
  while (doseSeconds(fitted) > seconds) {
    const smaller = stepDown(fitted, Math.min(holdFloor, dose.holdSeconds ?? holdFloor));
    if (smaller === undefined) break;
    fitted = smaller;
  }
  return fitted;
}
