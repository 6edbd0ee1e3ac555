import type { AskedQuestion } from '../../engine/clinical/triage';
import { FEVER_OVER } from '../../engine/clinical/rules-triage';
import { t } from '../../i18n/messages';
import { formatTemperature } from '../../i18n/format';
import '../../i18n/areas/triage';

/** A safety question in words, worded for this person where the rules say so (README section 2). */
export function questionWords(question: AskedQuestion): string {
  if (question.id !== 'fever') return t(`triage.q.${question.id}`);
  const fever = { celsius: formatTemperature(FEVER_OVER.celsius, 'celsius'), fahrenheit: formatTemperature(FEVER_OVER.fahrenheit, 'fahrenheit') };
  return t(question.stressed ? 'triage.q.fever.stressed' : 'triage.q.fever', fever);
}
