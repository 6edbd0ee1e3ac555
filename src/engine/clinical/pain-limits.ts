import { PAIN_RULES } from './rules';
import type { Tier } from '../content/content-types';
import type { PainLimits } from './pain-response';

/** Today's pain limits from the day's tier and the pain reported at the check-in. */
export function painLimitsFor(tier: Tier, checkInPain: number): PainLimits {
  return {
    stopAbove: Math.max(PAIN_RULES.tierLimits[tier], checkInPain + PAIN_RULES.aboveCheckIn),
    stopForTodayFrom: Math.min(PAIN_RULES.stopForTodayAt, checkInPain + PAIN_RULES.stopForTodayAboveCheckIn),
    adviseAfterFrom: checkInPain + PAIN_RULES.afterSessionAboveCheckIn,
  };
}

/** Which compress to suggest: warmth, a cool compress wrapped in cloth, either one, or none (rest and support). */
export type CompressAdvice = 'warmth' | 'cool-compress' | 'warm-or-cool' | 'none';

/** What to do now, after a pain stop or a painful session (section 5, with the compress rules of section 7). */
export interface PainAdvice {
  compress: CompressAdvice;
  /** Hours within which pain should settle before calling the care team. */
  settleWithinHours: number;
}

/** Never cold with Raynaud's; never heat on a joint that is hot or swollen today (section 7). */
export function painAdvice(context: { raynauds: boolean; hotJoints: boolean }): PainAdvice {
  const compress: CompressAdvice = context.hotJoints
    ? (context.raynauds ? 'none' : 'cool-compress')
    : (context.raynauds ? 'warmth' : 'warm-or-cool');
  return { compress, settleWithinHours: PAIN_RULES.settleWithinHours };
}
