import type { Tier } from '../content/content-types';

/** How the user describes their lupus today (CLINICAL.md section 1). */
export type FlareState = 'none' | 'mild' | 'moderate' | 'severe';

/** Which joints are hot or swollen today. */
export type HotJoints = 'none' | 'hips' | 'other';

/** This morning compared with the morning before. */
export type MorningFeeling = 'better' | 'same' | 'worse';

/** An answer to one safety question. */
export type YesNo = 'yes' | 'no';

/** Ids of the safety triage questions (CLINICAL.md section 2); the questions live in rules.ts. */
export type TriageQuestionId =
  | 'bowel-bladder-or-saddle'
  | 'sudden-severe-pain'
  | 'chest-pain-or-breathless'
  | 'leg-weakness'
  | 'fever'
  | 'pain-after-fall-or-lift'
  | 'worsening-despite-treatment'
  | 'groin-hip-pain-on-steroids';

/** The check-in before every session. `date` is the local day 'YYYY-MM-DD'; `at` is ms since epoch. */
export interface CheckIn {
  flare: FlareState;
  pain: number;
  fatigue: number;
  hotJoints: HotJoints;
  safety: Partial<Record<TriageQuestionId, YesNo>>;
  morning?: MorningFeeling;
  date: string;
  at: number;
}

/** The precaution profile from onboarding (CLINICAL.md section 4). */
export interface PrecautionProfile {
  steroidsLongTerm: boolean;
  osteoporosis: boolean;
  vertebralFracture: boolean;
  avnHip: boolean;
  hipReplacement: boolean;
  clearedBySpecialist: boolean;
  bloodThinners: boolean;
  raynauds: boolean;
  photosensitivity: boolean;
}

/** One boolean item of the precaution profile. */
export type ProfileFlag = keyof PrecautionProfile;

/** A profile with nothing set. */
export const EMPTY_PROFILE: PrecautionProfile = {
  steroidsLongTerm: false, osteoporosis: false, vertebralFracture: false, avnHip: false,
  hipReplacement: false, clearedBySpecialist: false, bloodThinners: false, raynauds: false,
  photosensitivity: false,
};

/** What the safety triage decided, most severe first in meaning. */
export type TriageOutcome = 'emergency' | 'urgent' | 'see-doctor' | 'caution' | 'none';

/** One answer that produced a triage outcome, in plain words. */
export interface TriageReason {
  id: TriageQuestionId;
  text: string;
}

/** The triage result stored with the check-in. */
export interface TriageResult {
  outcome: TriageOutcome;
  message: string;
  reasons: TriageReason[];
  unanswered: TriageQuestionId[];
}

/** The tier for today and the answers that decided it ("pain 6/10"). */
export interface TierDecision {
  tier: Tier;
  reasons: string[];
}

/** How the user rated a finished session. */
export type Effort = 'too-easy' | 'about-right' | 'too-hard';
