import type { Tier } from '../content/content-types';
import { JOINT_REGIONS, type JointRegion } from '../content/movement-types';

/** How the user describes their lupus today. */
export type FlareState = 'none' | 'mild' | 'moderate' | 'severe';

/** A joint region the check-in asks about: the same regions an exercise's movement names. */
export type HotRegion = JointRegion;
export const HOT_REGIONS: readonly HotRegion[] = JOINT_REGIONS;

/** The joint regions that are hot or swollen today; empty means none. */
export type HotJoints = readonly HotRegion[];

/** This morning compared with the morning before. */
export type MorningFeeling = 'better' | 'same' | 'worse';

/** A plain yes/no answer. */
export type YesNo = 'yes' | 'no';

/** An answer to one safety question; 'checked' ("a doctor has checked it") only where a question offers it. */
export type SafetyAnswer = 'yes' | 'no' | 'checked';

/** Ids of the safety triage questions, in the order they are asked (README section 2; the rows live in rules-triage.ts). */
export const TRIAGE_QUESTION_IDS = [
  'bowel-bladder-or-saddle', 'sudden-severe-pain', 'chest-pain-or-breathless', 'leg-weakness', 'fever',
  'calf-swelling', 'hands-or-gait', 'pain-after-fall-or-lift', 'worsening-despite-treatment', 'groin-hip-pain-on-steroids',
] as const;

/** Id of one safety triage question. */
export type TriageQuestionId = (typeof TRIAGE_QUESTION_IDS)[number];

/** Where a check-in was made: on this device, or brought in from a backup file (never stands in for the day's questions). */
export type CheckInOrigin = 'device' | 'imported';

/** The check-in before every session. `date` is the local day 'YYYY-MM-DD'; `at` is ms since epoch. */
export interface CheckIn {
  flare: FlareState;
  pain: number;
  fatigue: number;
  /** Hot or swollen joint regions today; empty means none. */
  hotJoints: HotRegion[];
  safety: Partial<Record<TriageQuestionId, SafetyAnswer>>;
  morning?: MorningFeeling;
  date: string;
  at: number;
}

/** Which surgical approach a hip replacement used, as the person knows it. */
export type HipApproach = 'posterior' | 'anterior' | 'not-sure';
export const HIP_APPROACHES: readonly HipApproach[] = ['posterior', 'anterior', 'not-sure'];

/** The precaution profile from onboarding and settings (src/engine/clinical/README.md, "Precautions"). */
export interface PrecautionProfile {
  steroidsLongTerm: boolean;
  osteoporosis: boolean;
  vertebralFracture: boolean;
  avnHip: boolean;
  hipReplacement: boolean;
  /** Only read when `hipReplacement` is set; 'not-sure' applies both approaches' precautions. */
  hipReplacementApproach: HipApproach;
  clearedBySpecialist: boolean;
  bloodThinners: boolean;
  immunosuppressants: boolean;
  antiphospholipid: boolean;
  activeMyositis: boolean;
  handArthritis: boolean;
  raynauds: boolean;
  photosensitivity: boolean;
}

/** One yes/no item of the precaution profile. */
export type ProfileFlag = Exclude<keyof PrecautionProfile, 'hipReplacementApproach'>;

/** Every yes/no item of the profile, in the order the settings list them. */
export const PROFILE_FLAGS: readonly ProfileFlag[] = [
  'steroidsLongTerm', 'osteoporosis', 'vertebralFracture', 'avnHip', 'hipReplacement', 'clearedBySpecialist',
  'handArthritis', 'activeMyositis', 'bloodThinners', 'antiphospholipid', 'immunosuppressants', 'raynauds',
  'photosensitivity',
];

/** A profile with nothing set (a profile saved before an item existed loads with that item as here). */
export const EMPTY_PROFILE: PrecautionProfile = {
  steroidsLongTerm: false, osteoporosis: false, vertebralFracture: false, avnHip: false,
  hipReplacement: false, hipReplacementApproach: 'not-sure', clearedBySpecialist: false, bloodThinners: false,
  immunosuppressants: false, antiphospholipid: false, activeMyositis: false, handArthritis: false,
  raynauds: false, photosensitivity: false,
};

/** What the safety triage decided, most severe first in meaning. */
export type TriageOutcome = 'emergency' | 'urgent' | 'see-doctor' | 'caution' | 'none';
export const TRIAGE_OUTCOMES: readonly TriageOutcome[] = ['emergency', 'urgent', 'see-doctor', 'caution', 'none'];

/**
 * The triage result stored with the check-in, as codes: the outcome class, the questions answered yes
 * (the reasons, most severe first) and the questions this profile is asked that were left unanswered.
 */
export interface TriageResult {
  outcome: TriageOutcome;
  reasons: TriageQuestionId[];
  unanswered: TriageQuestionId[];
}

/** An earlier triage of the same day that the person corrected ("I answered by mistake"); kept for the report. */
export interface TriageCorrection {
  /** When the corrected check-in was made (ms since epoch). */
  at: number;
  outcome: TriageOutcome;
  reasons: TriageQuestionId[];
}

/** One check-in answer that decided the tier, as a code with its value (the words live in src/i18n). */
export type TierReason =
  | { code: 'flare'; value: FlareState }
  | { code: 'pain' | 'fatigue'; value: number }
  | { code: 'hot-joints'; value: HotRegion[] };

/** The tier for today and the answers that decided it. */
export interface TierDecision {
  tier: Tier;
  reasons: TierReason[];
}

/** How the user rated a finished session. */
export type Effort = 'too-easy' | 'about-right' | 'too-hard';
