import { GENTLEST_ROUTINE_ID, HOT_HIP_RULES, TIER_DOSE_CAPS, TIER_OFFERS, TRIAGE_EFFECTS } from './rules';
import type { Dose, Exercise, Library, Routine, RoutineItem, Tier } from '../content/content-types';
import type { HotJoints, PrecautionProfile, TriageResult } from './check-in-types';
import { ruledOutTags, whyRuledOut } from './precautions';
import { doseForItem, isHipExercise } from './tier-dose';
import { progressedItem } from './harder-variant';
import { stricterTier } from './tier';

/** Where an exercise sits in a session. */
export type SessionSection = 'warm-up' | 'main' | 'cool-down';

/** What planning a routine needs to know about today. */
export interface PlanOptions {
  tier: Tier;
  profile: PrecautionProfile;
  hotJoints: HotJoints;
  triage: Pick<TriageResult, 'outcome'>;
  level: number;
}

/** One exercise to do today, with its dose. */
export interface PlannedItem {
  exercise: Exercise;
  dose: Dose;
  section: SessionSection;
}

/** One exercise left out today, with a plain-language reason. */
export interface LeftOutItem {
  exercise: Exercise;
  reason: string;
}

/** A routine fitted to today. `tier` is the tier actually used after triage. */
export interface RoutinePlan {
  tier: Tier;
  items: PlannedItem[];
  leftOut: LeftOutItem[];
  nothingSuitable?: { message: string; suggestion: string };
  noSession?: { outcome: 'emergency' | 'urgent'; message: string };
}

/** Why an exercise cannot be done today, in plain words; undefined when it can. */
export function whyLeftOut(exercise: Exercise, options: PlanOptions, tier: Tier): string | undefined {
  const profileTag = exercise.tags.find((tag) => ruledOutTags(options.profile).has(tag));
  if (profileTag !== undefined) return `${exercise.name} is never scheduled for you: ${whyRuledOut(profileTag, options.profile) ?? ''}.`;
  const triageEffect = TRIAGE_EFFECTS[options.triage.outcome];
  if (exercise.tags.some((tag) => triageEffect.excludedTags.includes(tag))) {
    return `${exercise.name} is skipped today: ${triageEffect.leftOutReason ?? triageEffect.message}.`;
  }
  if (options.hotJoints.includes('hips') && hasHotHipConflict(exercise)) {
    return `${exercise.name} is skipped today: ${HOT_HIP_RULES.leftOutReason}.`;
  }
  const offer = TIER_OFFERS[tier];
  const offered = offer.categories.includes(exercise.category) && !exercise.tags.some((tag) => offer.excludedTags.includes(tag));
  if (!offered || exercise.tiers[tier] === undefined) return `${exercise.name} is skipped today: ${offer.leftOutReason}.`;
  return undefined;
}

/** Whether an exercise loads or stretches a hip, which a hot hip rules out in every tier. */
function hasHotHipConflict(exercise: Exercise): boolean {
  const loads = exercise.tags.some((tag) => HOT_HIP_RULES.excludedTags.includes(tag));
  const stretches = HOT_HIP_RULES.excludedCategories.includes(exercise.category) && isHipExercise(exercise);
  return loads || stretches;
}

/** The routine's items with their sections, in session order. */
function sectionedItems(routine: Routine): { item: RoutineItem; section: SessionSection }[] {
  return [
    ...routine.warmUp.map((item) => ({ item, section: 'warm-up' as const })),
    ...routine.main.map((item) => ({ item, section: 'main' as const })),
    ...routine.coolDown.map((item) => ({ item, section: 'cool-down' as const })),
  ];
}

/** A plan with no session at all, for an emergency or urgent triage outcome. */
function blockedPlan(outcome: 'emergency' | 'urgent', tier: Tier): RoutinePlan {
  return { tier, items: [], leftOut: [], noSession: { outcome, message: TRIAGE_EFFECTS[outcome].message } };
}

/** Fits a routine to today (CLINICAL.md sections 2–4): leaves out what is ruled out, saying why, doses the rest. */
export function planRoutine(routine: Routine, library: Library, options: PlanOptions): RoutinePlan {
  const outcome = options.triage.outcome;
  const effect = TRIAGE_EFFECTS[outcome];
  const tier = effect.maxTier === undefined ? options.tier : stricterTier(options.tier, effect.maxTier);
  if (outcome === 'emergency' || outcome === 'urgent') return blockedPlan(outcome, tier);
  const items: PlannedItem[] = [];
  const leftOut = new Map<string, LeftOutItem>();
  for (const { item, section } of sectionedItems(routine)) {
    const listed = library.exercises.get(item.exercise);
    if (listed === undefined) continue;
    const suits = (candidate: Exercise) => TIER_DOSE_CAPS[tier].allowsProgression
      && whyLeftOut(candidate, options, tier) === undefined && candidate.tiers[tier] !== undefined;
    const { exercise, dose: entryDose, level } = progressedItem(listed, item, options.level, library, suits);
    const reason = whyLeftOut(exercise, options, tier);
    const dose = reason === undefined ? doseForItem(exercise, entryDose, tier, level, options.hotJoints) : undefined;
    if (dose === undefined) leftOut.set(exercise.id, { exercise, reason: reason ?? '' });
    else items.push({ exercise, dose, section });
  }
  const plan: RoutinePlan = { tier, items, leftOut: [...leftOut.values()] };
  return items.length > 0 ? plan : { ...plan, nothingSuitable: nothingSuitable(routine) };
}

/** The message and suggestion when nothing in a routine suits today. */
function nothingSuitable(routine: Routine): { message: string; suggestion: string } {
  return {
    message: `Nothing in ${routine.name} suits you today. Try the gentlest routine, or simply rest: resting on a flare day is taking care.`,
    suggestion: GENTLEST_ROUTINE_ID,
  };
}
