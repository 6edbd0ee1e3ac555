import { GENTLEST_ROUTINE_ID, TIER_DOSE_CAPS } from './rules';
import { TRIAGE_EFFECTS } from './rules-triage';
import type { Dose, Exercise, Library, Routine, RoutineItem, Tier } from '../content/content-types';
import type { JointRegion } from '../content/movement-types';
import type { PrecautionProfile, TriageResult } from './check-in-types';
import { progressedItem } from './harder-variant';
import { movesHotJoint, whyRuledOut, type DayContext, type RuledOut } from './rule-out';
import { doseForItem } from './tier-dose';
import { stricterTier } from './tier';

/** Where an exercise sits in a session. */
export type SessionSection = 'warm-up' | 'main' | 'cool-down';

/** What planning a routine needs to know about today. */
export interface PlanOptions {
  tier: Tier;
  profile: PrecautionProfile;
  hotJoints: readonly JointRegion[];
  triage: Pick<TriageResult, 'outcome'>;
  level: number;
}

/** One exercise to do today, with its dose; `replaces` names the exercise it stands in for. */
export interface PlannedItem {
  exercise: Exercise;
  dose: Dose;
  section: SessionSection;
  replaces?: string;
  /** It moves a hot joint region, so it is done once, gently (README "Inflamed joints"). */
  movesHotJoint?: true;
}

/** One exercise left out today, why, and the safer version done in its place if there is one. */
export type LeftOutItem = RuledOut & { exerciseId: string; standInId?: string };

/** A routine fitted to today. `tier` is the tier actually used after triage. */
export interface RoutinePlan {
  tier: Tier;
  items: PlannedItem[];
  leftOut: LeftOutItem[];
  /** Nothing in the routine suits today: the gentlest routine is suggested instead. */
  nothingSuitable?: { suggestion: string };
  noSession?: { outcome: 'emergency' | 'urgent' };
}

/** The routine's items with their sections, in session order. */
function sectionedItems(routine: Routine): { item: RoutineItem; section: SessionSection }[] {
  return [
    ...routine.warmUp.map((item) => ({ item, section: 'warm-up' as const })),
    ...routine.main.map((item) => ({ item, section: 'main' as const })),
    ...routine.coolDown.map((item) => ({ item, section: 'cool-down' as const })),
  ];
}

/** The first stand-in not already in the routine that can be done today, with its dose (the routine's own dose does not carry over). */
function standInFor(
  exercise: Exercise, library: Library, options: PlanOptions, day: DayContext, inRoutine: ReadonlySet<string>,
): { exercise: Exercise; dose: Dose } | undefined {
  for (const id of (exercise.standIns ?? []).filter((candidate) => !inRoutine.has(candidate))) {
    const standIn = library.exercises.get(id);
    if (standIn === undefined || whyRuledOut(standIn, options.profile, day) !== undefined) continue;
    const dose = doseForItem(standIn, undefined, day.tier, options.level, day.hotJoints);
    if (dose !== undefined) return { exercise: standIn, dose };
  }
  return undefined;
}

/** A planned item, marked when it moves a hot joint region. */
function plannedItem(exercise: Exercise, dose: Dose, section: SessionSection, hotJoints: readonly JointRegion[]): PlannedItem {
  return movesHotJoint(exercise, hotJoints) ? { exercise, dose, section, movesHotJoint: true } : { exercise, dose, section };
}

/** Fits a routine to today (README "Tiers", "Inflamed joints", "Precautions"): rules out, swaps in, doses. */
export function planRoutine(routine: Routine, library: Library, options: PlanOptions): RoutinePlan {
  const outcome = options.triage.outcome;
  const effect = TRIAGE_EFFECTS[outcome];
  const tier = effect.maxTier === undefined ? options.tier : stricterTier(options.tier, effect.maxTier);
  if (outcome === 'emergency' || outcome === 'urgent') return { tier, items: [], leftOut: [], noSession: { outcome } };
  const day: DayContext = { tier, hotJoints: options.hotJoints, triage: outcome };
  const items: PlannedItem[] = [];
  const leftOut = new Map<string, LeftOutItem>();
  const entries = sectionedItems(routine);
  const inRoutine = new Set(entries.map(({ item }) => item.exercise));
  // Past the top of an exercise's range its harder variant comes in, if the tier allows progression and nothing rules it out.
  const suits = (candidate: Exercise) => TIER_DOSE_CAPS[tier].allowsProgression && whyRuledOut(candidate, options.profile, day) === undefined;
  for (const { item, section } of entries) {
    const listed = library.exercises.get(item.exercise);
    if (listed === undefined) continue;
    const { exercise, dose: entryDose, level } = progressedItem(listed, item, options.level, library, suits);
    const why = whyRuledOut(exercise, options.profile, day);
    const dose = why === undefined ? doseForItem(exercise, entryDose, tier, level, options.hotJoints) : undefined;
    if (dose !== undefined) {
      items.push(plannedItem(exercise, dose, section, options.hotJoints));
      continue;
    }
    const reason: RuledOut = why ?? { cause: 'tier', tier };
    const standIn = standInFor(exercise, library, options, day, inRoutine);
    if (standIn !== undefined) items.push({ ...plannedItem(standIn.exercise, standIn.dose, section, options.hotJoints), replaces: exercise.id });
    leftOut.set(exercise.id, { ...reason, exerciseId: exercise.id, ...(standIn ? { standInId: standIn.exercise.id } : {}) });
  }
  const plan: RoutinePlan = { tier, items, leftOut: [...leftOut.values()] };
  return items.length > 0 ? plan : { ...plan, nothingSuitable: { suggestion: GENTLEST_ROUTINE_ID } };
}
