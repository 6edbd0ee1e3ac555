import { INFLAMED_JOINT_RULES, TIER_OFFERS } from './rules';
import type { PrecautionRuleId } from './rules-precautions';
import { TRIAGE_EFFECTS } from './rules-triage';
import type { Exercise, PrecautionTag, Tier } from '../content/content-types';
import type { JointRegion } from '../content/movement-types';
import type { PrecautionProfile, TriageOutcome } from './check-in-types';
import { exposureOf, tagsOf, type Exposure } from './movement-tags';
import { profileRuleFor } from './precautions';

/** Why an exercise is not done, as a code with what decided it (the words live in src/i18n). */
export type RuledOut =
  | { cause: 'profile'; rule: PrecautionRuleId; tag: PrecautionTag }
  | { cause: 'hip-caution'; tag: PrecautionTag }
  | { cause: 'inflamed-joint'; region: JointRegion; exposure: Exposure }
  | { cause: 'tier'; tier: Tier };

/** What today's check-in says, for the rules that depend on the day. */
export interface DayContext {
  tier: Tier;
  hotJoints: readonly JointRegion[];
  triage: TriageOutcome;
}

/** The first way an exercise exposes a hot joint region that the inflamed-joint rules forbid. */
function inflamedConflict(exercise: Exercise, hotJoints: readonly JointRegion[]): RuledOut | undefined {
  for (const region of hotJoints) {
    const exposure = exposureOf(exercise.movement, region).find((e) => INFLAMED_JOINT_RULES.excludedExposures.includes(e));
    if (exposure !== undefined) return { cause: 'inflamed-joint', region, exposure };
  }
  return undefined;
}

/** Whether a tier offers an exercise at all: its category, its tags, and a dose written for that tier. */
export function isOfferedIn(exercise: Exercise, tier: Tier): boolean {
  const offer = TIER_OFFERS[tier];
  return offer.categories.includes(exercise.category) && exercise.tiers[tier] !== undefined
    && !tagsOf(exercise).some((tag) => offer.excludedTags.includes(tag));
}

/**
 * Why an exercise is ruled out for this person (and, given `day`, for today), or undefined when it can be
 * done. The one place every screen and the planner ask (README "Precautions", "Inflamed joints", "Tiers").
 */
export function whyRuledOut(exercise: Exercise, profile: PrecautionProfile, day?: DayContext): RuledOut | undefined {
  const tags = tagsOf(exercise);
  const byProfile = profileRuleFor(tags, profile);
  if (byProfile !== undefined) return { cause: 'profile', rule: byProfile.rule.id, tag: byProfile.tag };
  if (day === undefined) return undefined;
  const cautionTag = tags.find((tag) => TRIAGE_EFFECTS[day.triage].excludedTags.includes(tag));
  if (cautionTag !== undefined) return { cause: 'hip-caution', tag: cautionTag };
  const inflamed = inflamedConflict(exercise, day.hotJoints);
  if (inflamed !== undefined) return inflamed;
  if (!isOfferedIn(exercise, day.tier)) return { cause: 'tier', tier: day.tier };
  return undefined;
}

/** Whether an exercise moves a hot joint region (allowed, but only once: README "Inflamed joints"). */
export function movesHotJoint(exercise: Exercise, hotJoints: readonly JointRegion[]): boolean {
  return hotJoints.some((region) => exposureOf(exercise.movement, region).includes('moves'));
}
