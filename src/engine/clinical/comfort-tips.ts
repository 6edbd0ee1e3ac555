import { COMFORT_TIPS, type ComfortTip, type TipCondition } from './rules';
import type { Tier } from '../content/content-types';
import type { MorningFeeling, PrecautionProfile } from './check-in-types';

/** What tips are chosen from. */
export interface TipContext {
  profile: PrecautionProfile;
  tier: Tier;
  timeOfDay?: 'morning' | 'evening' | 'any';
  outdoorWalking?: boolean;
  morning?: MorningFeeling;
}

/** Whether every condition of a tip holds in this context. */
export function isTipRelevant(when: TipCondition, context: TipContext): boolean {
  return (when.has ?? []).every((flag) => context.profile[flag])
    && (when.lacks ?? []).every((flag) => !context.profile[flag])
    && (when.timeOfDay === undefined || when.timeOfDay === context.timeOfDay)
    && (when.outdoorWalking === undefined || when.outdoorWalking === (context.outdoorWalking ?? false))
    && (when.tiers === undefined || when.tiers.includes(context.tier))
    && (when.morning === undefined || (context.morning !== undefined && when.morning.includes(context.morning)));
}

/** The comfort tips that fit today, in table order (CLINICAL.md section 7). */
export function tipsFor(context: TipContext): ComfortTip[] {
  return COMFORT_TIPS.filter((tip) => isTipRelevant(tip.when, context));
}
