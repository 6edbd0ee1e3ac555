import type {
  CheckIn, FlareState, HotRegion, MorningFeeling, SafetyAnswer, TriageQuestionId,
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
  fields: ('flare' | 'pain' | 'fatigue' | 'hotJoints' | 'morning')[];
  safety: number;
}

/** What is still missing before the check-in can be saved (safety questions are never skipped). */
export function missingAnswers(
  draft: CheckInDraft, questions: readonly { id: TriageQuestionId }[], asksMorning: boolean,
): MissingAnswers {
  const fields: MissingAnswers['fields'] = [];
  if (draft.flare === undefined) fields.push('flare');
  if (draft.pain === undefined) fields.push('pain');
  if (draft.fatigue === undefined) fields.push('fatigue');
  if (draft.hotJoints === undefined) fields.push('hotJoints');
  if (asksMorning && draft.morning === undefined) fields.push('morning');
  const safety = questions.filter((question) => draft.safety[question.id] === undefined).length;
  return { fields, safety };
}

/** Whether nothing is missing. */
export function isComplete(missing: MissingAnswers): boolean {
  return missing.fields.length === 0 && missing.safety === 0;
}

/**
 * A fresh draft. Changing today's check-in starts from today's answers; a new day starts from the last
 * day's pain and fatigue (a regular user only nudges them) but asks flare, joints and safety anew.
 */
export function startDraft(today: CheckIn | undefined, lastDay: CheckIn | undefined): CheckInDraft {
  if (today !== undefined) {
    const { date: _date, at: _at, ...answers } = today;
    return { ...answers, hotJoints: [...today.hotJoints], safety: { ...today.safety } };
  }
  if (lastDay === undefined) return { safety: {} };
  return { pain: lastDay.pain, fatigue: lastDay.fatigue, safety: {} };
}

/** The finished check-in, or undefined while an answer is missing. */
export function completeCheckIn(draft: CheckInDraft, date: string, at: number): CheckIn | undefined {
  const { flare, pain, fatigue, hotJoints, morning } = draft;
  if (flare === undefined || pain === undefined || fatigue === undefined || hotJoints === undefined) return undefined;
  const checkIn: CheckIn = { flare, pain, fatigue, hotJoints: [...hotJoints], safety: { ...draft.safety }, date, at };
  return morning === undefined ? checkIn : { ...checkIn, morning };
}
