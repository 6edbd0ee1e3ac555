import type { SafetyAnswer } from '../../engine/clinical/check-in-types';
import type { AskedQuestion } from '../../engine/clinical/triage';
import { t } from '../../i18n/messages';
import type { Choice } from './ChoiceCards';
import '../../i18n/areas/triage';

/** A safety question in words, worded for this person where the rules say so (README section 2). */
export function questionWords(question: AskedQuestion): string {
  return question.stressed && question.id === 'fever' ? t('triage.q.fever.stressed') : t(`triage.q.${question.id}`);
}

/** The answers a safety question offers: yes and no, and "a doctor has checked it" where that clears it. */
export function answersFor(question: AskedQuestion): Choice<SafetyAnswer>[] {
  const answers: SafetyAnswer[] = question.clearable ? ['yes', 'checked', 'no'] : ['yes', 'no'];
  return answers.map((value) => ({ value, label: t(`triage.answer.${value}`) }));
}
