import { COMFORT_TIPS, type ComfortTip, type TipCondition } from './rules-comfort';
import type { Tier } from '../content/content-types';
import type { JointRegion } from '../content/movement-types';
import type { MorningFeeling, PrecautionProfile, TriageOutcome } from './check-in-types';

/** What tips are chosen from. */
export interface TipContext {
  profile: PrecautionProfile;
  tier: Tier;
  hotJoints?: readonly JointRegion[];
  timeOfDay?: 'morning' | 'evening' | 'any';
  outdoorWalking?: boolean;
  morning?: MorningFeeling;
  triage?: TriageOutcome;
  pain?: number;
  routineId?: string;
}

/** Whether the condition's optional `value` test holds: an unset condition always holds. */
const holds = <T>(wanted: T | undefined, test: (wanted: T) => boolean): boolean => wanted === undefined || test(wanted);

/** Whether every condition of a tip holds in this context. */
export function isTipRelevant(when: TipCondition, context: TipContext): boolean {
  const hot = (context.hotJoints ?? []).length > 0;
  return holds(when.has, (flags) => flags.every((flag) => context.profile[flag]))
    && holds(when.hasAny, (flags) => flags.some((flag) => context.profile[flag]))
    && holds(when.lacks, (flags) => flags.every((flag) => !context.profile[flag]))
    && holds(when.timeOfDay, (time) => time === context.timeOfDay)
    && holds(when.outdoorWalking, (outdoor) => outdoor === (context.outdoorWalking ?? false))
    && holds(when.tiers, (tiers) => tiers.includes(context.tier))
    && holds(when.morning, (mornings) => context.morning !== undefined && mornings.includes(context.morning))
    && holds(when.hotJoints, (wanted) => wanted === hot)
    && holds(when.triage, (outcomes) => outcomes.includes(context.triage ?? 'none'))
    && holds(when.painAtLeast, (least) => (context.pain ?? 0) >= least)
    && holds(when.routines, (ids) => context.routineId !== undefined && ids.includes(context.routineId));
}

/** The comfort tips that fit today, in table order (README "Comfort tips"). */
export function tipsFor(context: TipContext): ComfortTip[] {
  return COMFORT_TIPS.filter((tip) => isTipRelevant(tip.when, context));
}

/** How specific a tip is to this person and moment: the conditions it needs to be true (a "not" condition does not count). */
export function specificity(tip: ComfortTip): number {
  const { lacks: _lacks, hotJoints, ...positive } = tip.when;
  return Object.keys(positive).length + (hotJoints === true ? 1 : 0);
}

/** The `count` tips that fit best: the most specific first, then in table order. */
export function bestTips(context: TipContext, count: number): ComfortTip[] {
  return [...tipsFor(context)].sort((a, b) => specificity(b) - specificity(a)).slice(0, count);
}
