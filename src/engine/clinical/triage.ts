import { TRIAGE_EFFECTS, TRIAGE_QUESTIONS, type TriageQuestion } from './rules';
import type { CheckIn, PrecautionProfile, TriageOutcome, TriageResult } from './check-in-types';

/** Whether a safety question applies to this profile (asked on the first check-in of a day). */
export function isQuestionAsked(question: TriageQuestion, profile: PrecautionProfile): boolean {
  return question.askIf === undefined || question.askIf.some((flag) => profile[flag]);
}

/** The safety questions to ask this user, in order, rendered by the UI from the table. */
export function questionsFor(profile: PrecautionProfile): TriageQuestion[] {
  return TRIAGE_QUESTIONS.filter((question) => isQuestionAsked(question, profile));
}

/** The more severe of two triage outcomes. */
export function worseOutcome(a: TriageOutcome, b: TriageOutcome): TriageOutcome {
  return TRIAGE_EFFECTS[b].rank > TRIAGE_EFFECTS[a].rank ? b : a;
}

/** Whether a triage outcome rules out any session today. */
export function isSessionBlocked(outcome: TriageOutcome): boolean {
  return !TRIAGE_EFFECTS[outcome].allowsSession;
}

/** Safety triage (CLINICAL.md section 2): the most severe "yes" wins and every reason is kept. */
export function triage(checkIn: CheckIn, profile: PrecautionProfile): TriageResult {
  // A yes counts even to a question this profile is not asked: a conservative default.
  const yes = TRIAGE_QUESTIONS.filter((question) => checkIn.safety[question.id] === 'yes');
  const outcome = yes.reduce<TriageOutcome>((worst, question) => worseOutcome(worst, question.outcome), 'none');
  const unanswered = questionsFor(profile)
    .filter((question) => checkIn.safety[question.id] === undefined)
    .map((question) => question.id);
  return {
    outcome,
    message: TRIAGE_EFFECTS[outcome].message,
    reasons: yes.map((question) => ({ id: question.id, text: question.reason })),
    unanswered,
  };
}
