/**
 * The clinical engine as the check-in and today's plan use it. Loaded on demand (check-in, plan,
 * Start), so the tables stay out of the first screen's JavaScript.
 */
import type { CheckIn, PrecautionProfile } from '../engine/clinical/check-in-types';
import { GENTLEST_ROUTINE_ID } from '../engine/clinical/rules';
import type { ComfortTip } from '../engine/clinical/rules-comfort';
import { bestTips } from '../engine/clinical/comfort-tips';
import type { Library, Routine } from '../engine/content/content-types';
import { planRoutine, type RoutinePlan } from '../engine/clinical/routine-plan';
import { EVENING_STARTS_AT, MORNING_ENDS_AT, suggestRoutine } from '../engine/clinical/suggest-routine';
import { tierFor } from '../engine/clinical/tier';
import { triage } from '../engine/clinical/triage';
import type { StoredCheckIn } from '../engine/records/check-in-record';

/** A check-in made on this device, with its triage and tier, as it is saved. */
export function recordCheckIn(checkIn: CheckIn, profile: PrecautionProfile, timeZone: string | undefined): StoredCheckIn {
  const stored: StoredCheckIn = { ...checkIn, triage: triage(checkIn, profile), tier: tierFor(checkIn), origin: 'device' };
  return timeZone === undefined ? stored : { ...stored, timeZone };
}

/** Today's pain limits (re-exported so the first screen need not load the tables). */
export { painLimitsFor } from '../engine/clinical/pain-limits';
export { plannedExercises } from './planned-exercises';
/** Where a routine done in two parts splits, and whether today offers the split first (clinical README, section 8). */
export { offersSplitFirst, secondPartStart } from '../engine/session/pacing-split';

/** A routine fitted to today's check-in, profile and the routine's progression level. */
export function planForToday(
  routine: Routine, library: Library, checkIn: StoredCheckIn, profile: PrecautionProfile, level: number,
): RoutinePlan {
  return planRoutine(routine, library, {
    tier: checkIn.tier.tier, profile, hotJoints: checkIn.hotJoints, triage: checkIn.triage, level,
  });
}

/** The routine suggested for today at this local hour, falling back to the gentlest when it is missing or empty. */
export function suggestedRoutine(
  library: Library, checkIn: StoredCheckIn, profile: PrecautionProfile, hour: number,
): Routine | undefined {
  const id = suggestRoutine({ tier: checkIn.tier.tier, hour, hotJoints: checkIn.hotJoints, triage: checkIn.triage.outcome, profile });
  const routine = library.routines.get(id);
  const gentlest = library.routines.get(GENTLEST_ROUTINE_ID);
  if (routine === undefined) return gentlest;
  return planForToday(routine, library, checkIn, profile, 0).items.length > 0 ? routine : gentlest ?? routine;
}

/** Tips with more conditions are more specific to the user, so they come first (at most `count`). */
export function tipsForToday(
  library: Library, checkIn: StoredCheckIn, profile: PrecautionProfile, routine: Routine | undefined, hour: number, count = 2,
): ComfortTip[] {
  const items = routine === undefined ? [] : [...routine.warmUp, ...routine.main, ...routine.coolDown];
  // Walking is the one outdoor exercise in the library; indoor marching needs no sun protection.
  const outdoorWalking = items.some((item) => library.exercises.get(item.exercise)?.id.includes('walking') ?? false);
  const timeOfDay = hour < MORNING_ENDS_AT ? 'morning' : hour >= EVENING_STARTS_AT ? 'evening' : 'any';
  return bestTips({
    profile, tier: checkIn.tier.tier, timeOfDay, outdoorWalking, hotJoints: checkIn.hotJoints, triage: checkIn.triage.outcome,
    pain: checkIn.pain, ...(routine ? { routineId: routine.id } : {}), ...(checkIn.morning ? { morning: checkIn.morning } : {}),
  }, count);
}
