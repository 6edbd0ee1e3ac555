import { PROLONGED_FLARE_DAYS, TIER_ORDER, TIER_RULES, type TierCondition } from './rules';
import type { Tier } from '../content/content-types';
import type { CheckIn, TierDecision } from './check-in-types';

/** The answer a tier condition looks at, when the condition matches. */
function matchedValue(checkIn: CheckIn, when: TierCondition): string | undefined {
  switch (when.answer) {
    case 'flare':
      return when.is.includes(checkIn.flare) ? checkIn.flare : undefined;
    case 'hotJoints':
      return when.is.includes(checkIn.hotJoints) ? checkIn.hotJoints : undefined;
    case 'pain':
    case 'fatigue':
      return checkIn[when.answer] >= when.atLeast ? String(checkIn[when.answer]) : undefined;
  }
}

/** The more restrictive of two tiers. */
export function stricterTier(a: Tier, b: Tier): Tier {
  return TIER_ORDER.indexOf(b) > TIER_ORDER.indexOf(a) ? b : a;
}

/** Today's dose tier (CLINICAL.md section 3): the worst answer decides; reasons are the answers that put it there. */
export function tierFor(checkIn: CheckIn): TierDecision {
  const matches = TIER_RULES.flatMap((rule) => {
    const value = matchedValue(checkIn, rule.when);
    return value === undefined ? [] : [{ tier: rule.tier, reason: rule.reason.replace('{value}', value) }];
  });
  const tier = matches.reduce<Tier>((worst, match) => stricterTier(worst, match.tier), 'green');
  const reasons = matches.filter((match) => match.tier === tier).map((match) => match.reason);
  return { tier, reasons: [...new Set(reasons)] };
}

/** The local day before a 'YYYY-MM-DD' day, computed on the calendar (no clock, no time zone). */
export function previousDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** Whether the red tier has lasted long enough to suggest contacting the rheumatology team (section 3 red). */
export function isFlareProlonged(redDays: ReadonlySet<string>, today: string): boolean {
  let day = today;
  for (let count = 0; count < PROLONGED_FLARE_DAYS; count += 1) {
    if (!redDays.has(day)) return false;
    day = previousDay(day);
  }
  return true;
}
