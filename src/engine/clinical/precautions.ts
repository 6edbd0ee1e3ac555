import { PRECAUTION_RULES, type PrecautionRule } from './rules-precautions';
import type { PrecautionTag } from '../content/content-types';
import type { PrecautionProfile } from './check-in-types';

/** Whether a precaution rule is in force for this profile (README "Precautions"). */
export function isRuleActive(rule: PrecautionRule, profile: PrecautionProfile): boolean {
  const approachFits = rule.approaches === undefined || rule.approaches.includes(profile.hipReplacementApproach);
  return profile[rule.when] && approachFits && !(rule.liftedByClearance && profile.clearedBySpecialist);
}

/** The rules in force for this profile. */
export function activeRules(profile: PrecautionProfile): PrecautionRule[] {
  return PRECAUTION_RULES.filter((rule) => isRuleActive(rule, profile));
}

/** Tags never scheduled for this profile, in any tier or routine. */
export function ruledOutTags(profile: PrecautionProfile): Set<PrecautionTag> {
  return new Set(activeRules(profile).flatMap((rule) => rule.tags));
}

/** The first rule in force that rules out one of `tags`, with the tag; undefined when none does. */
export function profileRuleFor(
  tags: readonly PrecautionTag[], profile: PrecautionProfile,
): { rule: PrecautionRule; tag: PrecautionTag } | undefined {
  for (const rule of activeRules(profile)) {
    const tag = tags.find((candidate) => rule.tags.includes(candidate));
    if (tag !== undefined) return { rule, tag };
  }
  return undefined;
}
