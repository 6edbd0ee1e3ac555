import { PAIN_RULES } from './rules';
import type { Tier } from '../content/content-types';
import type { PainLimits } from './pain-response';
import { addDays } from '../calendar/local-day';

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

/** A session as the morning question reads it, and the check-ins of the days. */
interface SoreSession { day: string; painAfter?: number }

/**
 * The pain left after the last session, when it calls for a kind question the morning after (section 5):
 * the most recent session was yesterday and its pain afterwards was 3 or more above that day's
 * check-in. Undefined otherwise.
 */
export function soreAfterLastSession(
  sessions: readonly SoreSession[], checkIns: readonly { date: string; pain: number }[], today: string,
): number | undefined {
  const last = sessions.at(-1);
  if (last === undefined || last.day !== addDays(today, -1) || last.painAfter === undefined) return undefined;
  const checkIn = checkIns.find((c) => c.date === last.day);
  const before = checkIn?.pain ?? 0;
  return last.painAfter >= before + PAIN_RULES.afterSessionAboveCheckIn ? last.painAfter : undefined;
}
