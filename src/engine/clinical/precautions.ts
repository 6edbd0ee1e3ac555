import { PRECAUTION_RULES, type PrecautionRule } from './rules';
import type { PrecautionTag } from '../content/content-types';
import type { PrecautionProfile } from './check-in-types';

/** Whether a precaution rule is in force for this profile. */
export function isRuleActive(rule: PrecautionRule, profile: PrecautionProfile): boolean {
  const approachFits = rule.approaches === undefined || rule.approaches.includes(profile.hipReplacementApproach);
  return profile[rule.when] && approachFits && !(rule.liftedByClearance && profile.clearedBySpecialist);
}

/** Tags never scheduled for this profile, in any tier or routine (CLINICAL.md section 4). */
export function ruledOutTags(profile: PrecautionProfile): Set<PrecautionTag> {
  const rules = PRECAUTION_RULES.filter((rule) => isRuleActive(rule, profile));
  return new Set(rules.flatMap((rule) => rule.tags));
}

/** Why a tag is ruled out for this profile, in plain words; undefined when it is not. */
export function whyRuledOut(tag: PrecautionTag, profile: PrecautionProfile): string | undefined {
  const whys = PRECAUTION_RULES
    .filter((rule) => rule.tags.includes(tag) && isRuleActive(rule, profile))
    .map((rule) => rule.why);
  return whys.length === 0 ? undefined : [...new Set(whys)].join('; ');
}
