import { PROLONGED_FLARE_DAYS, TIER_ORDER, TIER_RULES, type TierCondition } from './rules';
import type { Tier } from '../content/content-types';
import type { CheckIn, TierDecision, TierReason } from './check-in-types';

/** The answer a tier condition looks at, as a reason code, when the condition matches. */
function matchedReason(checkIn: Pick<CheckIn, 'flare' | 'pain' | 'fatigue' | 'hotJoints'>, when: TierCondition): TierReason | undefined {
  switch (when.answer) {
    case 'flare':
      return when.is.includes(checkIn.flare) ? { code: 'flare', value: checkIn.flare } : undefined;
    case 'hotJoints': {
      const hot = checkIn.hotJoints.filter((region) => when.anyOf.includes(region));
      return hot.length > 0 ? { code: 'hot-joints', value: hot } : undefined;
    }
    case 'pain':
    case 'fatigue':
      return checkIn[when.answer] >= when.atLeast ? { code: when.answer, value: checkIn[when.answer] } : undefined;
  }
}

/** The more restrictive of two tiers. */
export function stricterTier(a: Tier, b: Tier): Tier {
  return TIER_ORDER.indexOf(b) > TIER_ORDER.indexOf(a) ? b : a;
}

/** Today's dose tier (README "Tiers"): the worst answer decides; reasons are the answers that put it there. */
export function tierFor(checkIn: Pick<CheckIn, 'flare' | 'pain' | 'fatigue' | 'hotJoints'>): TierDecision {
  const matches = TIER_RULES.flatMap((rule) => {
    const reason = matchedReason(checkIn, rule.when);
    return reason === undefined ? [] : [{ tier: rule.tier, reason }];
  });
  const tier = matches.reduce<Tier>((worst, match) => stricterTier(worst, match.tier), 'green');
  return { tier, reasons: matches.filter((match) => match.tier === tier).map((match) => match.reason) };
}

/** The local day before a 'YYYY-MM-DD' day, computed on the calendar (no clock, no time zone). */
export function previousDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** Whether the red tier has lasted long enough to suggest contacting the rheumatology team (README "Tiers"). */
export function isFlareProlonged(redDays: ReadonlySet<string>, today: string): boolean {
  let day = today;
  for (let count = 0; count < PROLONGED_FLARE_DAYS; count += 1) {
    if (!redDays.has(day)) return false;
    day = previousDay(day);
  }
  return true;
}
