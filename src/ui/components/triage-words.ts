import type { AskedQuestion } from '../../engine/clinical/triage';
import { t } from '../../i18n/messages';
import '../../i18n/areas/triage';

/** A safety question in words, worded for this person where the rules say so (README section 2). */
export function questionWords(question: AskedQuestion): string {
  return question.stressed && question.id === 'fever' ? t('triage.q.fever.stressed') : t(`triage.q.${question.id}`);
}
