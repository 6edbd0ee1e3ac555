import { GENTLEST_ROUTINE_ID } from './rules';
import { BONE_FLAGS } from './rules-precautions';
import type { Tier } from '../content/content-types';
import type { HotJoints, PrecautionProfile, TriageOutcome } from './check-in-types';
import { activeRules } from './precautions';

/** What the suggestion looks at: today's tier and triage, where it is hot, the local hour, the profile. */
export interface SuggestInput {
  tier: Tier;
  hour: number;
  hotJoints: HotJoints;
  triage: TriageOutcome;
  profile?: PrecautionProfile;
}

/** The built-in routines the suggestion picks from (ids in exercises/routines/). */
export const SUGGESTED_ROUTINES = {
  gentlest: GENTLEST_ROUTINE_ID,
  morning: 'morning-stiffness',
  evening: 'night-hip-comfort',
  back: 'low-back-essentials',
  hips: 'hip-strength-mobility',
  bones: 'bone-health',
} as const;

/** Before this local hour the morning-stiffness routine is suggested (README "Comfort tips": warmth and stiffness). */
export const MORNING_ENDS_AT = 11;
/** From this local hour the night-time hip-comfort routine is suggested. */
export const EVENING_STARTS_AT = 18;

/** Whether the profile protects a hip from load (AVN or a replaced hip, not cleared). */
function protectsHip(profile: PrecautionProfile | undefined): boolean {
  return profile !== undefined && activeRules(profile).some((rule) => rule.tags.includes('hip-loading'));
}

/** Whether the profile asks for bone care: long-term steroids, thin bones or a broken vertebra. */
function needsBoneCare(profile: PrecautionProfile | undefined): boolean {
  return profile !== undefined && BONE_FLAGS.some((flag) => profile[flag]);
}

/**
 * The routine suggested for today (README "Tiers", "Precautions", "Comfort tips"). A red day or a see-doctor
 * triage gets the gentlest routine; otherwise the time of day decides; then, with thin bones or long-term
 * steroids, the bone-health routine (back-extensor strength first); then hip strength only on a clear green
 * day with nothing guarding the hips, and back essentials in every other case.
 */
export function suggestRoutine(input: SuggestInput): string {
  if (input.tier === 'red' || input.triage === 'see-doctor') return SUGGESTED_ROUTINES.gentlest;
  if (input.hour < MORNING_ENDS_AT) return SUGGESTED_ROUTINES.morning;
  if (input.hour >= EVENING_STARTS_AT) return SUGGESTED_ROUTINES.evening;
  if (needsBoneCare(input.profile)) return SUGGESTED_ROUTINES.bones;
  const hipsClear = input.hotJoints.length === 0 && input.triage === 'none' && !protectsHip(input.profile);
  return input.tier === 'green' && hipsClear ? SUGGESTED_ROUTINES.hips : SUGGESTED_ROUTINES.back;
}
