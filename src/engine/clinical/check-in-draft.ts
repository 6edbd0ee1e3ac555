import type {
  CheckIn, FlareState, HotRegion, MorningFeeling, PrecautionProfile, SafetyAnswer, TriageQuestionId,
} from './check-in-types';

/** A check-in being filled in: every answer may still be missing. */
export interface CheckInDraft {
  flare?: FlareState;
  pain?: number;
  fatigue?: number;
  /** Undefined until answered; an empty list is the answer "none". */
  hotJoints?: HotRegion[];
  safety: Partial<Record<TriageQuestionId, SafetyAnswer>>;
  morning?: MorningFeeling;
}

/** The answers still missing: named fields, and how many safety questions are unanswered. */
export interface MissingAnswers {
  fields: ('flare' | 'pain' | 'fatigue' | 'hotJoints')[];
  safety: number;
}

/**
 * What is still missing before the check-in can be saved (safety questions are never skipped). The morning
 * question is asked from day two but may be left: a quiet day's check-in stays within seven taps, and a worse
 * morning left unsaid still shows in the session's own pain stops and "too hard" rating.
 */
export function missingAnswers(draft: CheckInDraft, questions: readonly { id: TriageQuestionId }[]): MissingAnswers {
  const fields: MissingAnswers['fields'] = [];
  if (draft.flare === undefined) fields.push('flare');
  if (draft.pain === undefined) fields.push('pain');
  if (draft.fatigue === undefined) fields.push('fatigue');
  if (draft.hotJoints === undefined) fields.push('hotJoints');
  const safety = questions.filter((question) => draft.safety[question.id] === undefined).length;
  return { fields, safety };
}

/** Whether nothing is missing. */
export function isComplete(missing: MissingAnswers): boolean {
  return missing.fields.length === 0 && missing.safety === 0;
}

/**
 * A fresh draft. Changing today's check-in starts from today's answers; a new day starts empty, so no
 * answer is yesterday's by accident (the screen may show yesterday's scores as a hint).
 */
export function startDraft(today: CheckIn | undefined): CheckInDraft {
  if (today === undefined) return { safety: {} };
  const { date: _date, at: _at, ...answers } = today;
  return { ...answers, hotJoints: [...today.hotJoints], safety: { ...today.safety } };
}

/** The finished check-in, or undefined while an answer is missing. */
export function completeCheckIn(draft: CheckInDraft, date: string, at: number): CheckIn | undefined {
  const { flare, pain, fatigue, hotJoints, morning } = draft;
  if (flare === undefined || pain === undefined || fatigue === undefined || hotJoints === undefined) return undefined;
  const checkIn: CheckIn = { flare, pain, fatigue, hotJoints: [...hotJoints], safety: { ...draft.safety }, date, at };
  return morning === undefined ? checkIn : { ...checkIn, morning };
}

/**
 * The profile the safety questions are chosen for. While the precautions are unanswered (the first run was
 * skipped) nobody knows whether the person takes steroids, so the steroid questions are asked of everyone.
 */
export function profileForQuestions(profile: PrecautionProfile, precautionsPending: boolean): PrecautionProfile {
  return precautionsPending ? { ...profile, steroidsLongTerm: true } : profile;
}
