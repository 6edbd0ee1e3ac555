import { TRIAGE_EFFECTS, TRIAGE_QUESTIONS, type TriageAction, type TriageQuestion } from './rules-triage';
import type {
  CheckIn, PrecautionProfile, TriageOutcome, TriageQuestionId, TriageResult,
} from './check-in-types';

/** A safety question as this person is asked it: pinned ones are never folded away; stressed ones say why it matters for them. */
export interface AskedQuestion {
  id: TriageQuestionId;
  pinned: boolean;
  stressed: boolean;
  /** Whether "a doctor has checked it" is offered besides yes and no. */
  clearable: boolean;
}

const hasAny = (flags: TriageQuestion['askIf'], profile: PrecautionProfile): boolean =>
  flags !== undefined && flags.some((flag) => profile[flag]);

/** Whether a safety question applies to this profile (asked on the first check-in of a day). */
export function isQuestionAsked(question: TriageQuestion, profile: PrecautionProfile): boolean {
  return question.askIf === undefined || hasAny(question.askIf, profile);
}

/** The safety questions to ask this person, in order, as codes the check-in screen turns into words. */
export function questionsFor(profile: PrecautionProfile): AskedQuestion[] {
  return TRIAGE_QUESTIONS.filter((question) => isQuestionAsked(question, profile)).map((question) => ({
    id: question.id,
    pinned: hasAny(question.pinIf, profile),
    stressed: hasAny(question.stressIf, profile),
    clearable: question.clearedByDoctor === true,
  }));
}

/** The more severe of two triage outcomes. */
export function worseOutcome(a: TriageOutcome, b: TriageOutcome): TriageOutcome {
  return TRIAGE_EFFECTS[b].rank > TRIAGE_EFFECTS[a].rank ? b : a;
}

/** Whether a triage outcome rules out any session today. */
export function isSessionBlocked(outcome: TriageOutcome): boolean {
  return !TRIAGE_EFFECTS[outcome].allowsSession;
}

/** What a yes to this question tells the person to do. */
export function actionOf(id: TriageQuestionId): TriageAction {
  const question = TRIAGE_QUESTIONS.find((row) => row.id === id);
  if (question === undefined) throw new Error(`Unknown triage question ${id}`);
  return question.action;
}

/** What the person should do first: the action of the most severe reason (the first one, as reasons are ordered). */
export function firstAction(result: Pick<TriageResult, 'reasons'>): TriageAction | undefined {
  const first = result.reasons[0];
  return first === undefined ? undefined : actionOf(first);
}

/** Safety triage (README section 2): the most severe "yes" wins and every reason is kept, most severe first. */
export function triage(checkIn: CheckIn, profile: PrecautionProfile): TriageResult {
  // A yes counts even to a question this profile is not asked: a conservative default. "A doctor has checked it" is not a yes.
  const yes = TRIAGE_QUESTIONS.filter((question) => checkIn.safety[question.id] === 'yes');
  const outcome = yes.reduce<TriageOutcome>((worst, question) => worseOutcome(worst, question.outcome), 'none');
  const bySeverity = [...yes].sort((a, b) => TRIAGE_EFFECTS[b.outcome].rank - TRIAGE_EFFECTS[a.outcome].rank);
  const unanswered = questionsFor(profile)
    .filter((question) => checkIn.safety[question.id] === undefined)
    .map((question) => question.id);
  return { outcome, reasons: bySeverity.map((question) => question.id), unanswered };
}
