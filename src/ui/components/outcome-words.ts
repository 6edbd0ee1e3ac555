import { countOutcomes, type ExerciseResult } from '../../engine/clinical/care-credit';
import { t } from '../../i18n/messages';
import '../../i18n/areas/feedback';

/** What became of one exercise, in a word or two ("Done", "Stopped for pain"). */
export function outcomeWord(outcome: ExerciseResult): string {
  return t(`outcome.${outcome}`);
}

/** The truth about a session in one line: "3 of 8 done, 1 stopped for pain, 4 skipped". */
export function outcomeLine(exercises: readonly { outcome: ExerciseResult }[]): string {
  return countsLine(countOutcomes(exercises));
}

/** The same line from counts already made (the care-team report's, over many sessions). */
export function countsLine(count: Readonly<Record<ExerciseResult, number>>): string {
  const total = count.done + count.partly + count['stopped-for-pain'] + count.skipped;
  const parts = [t('outcome.count.done', { done: count.done, total })];
  if (count.partly > 0) parts.push(t('outcome.count.partly', { count: count.partly }));
  if (count['stopped-for-pain'] > 0) parts.push(t('outcome.count.stopped-for-pain', { count: count['stopped-for-pain'] }));
  if (count.skipped > 0) parts.push(t('outcome.count.skipped', { count: count.skipped }));
  return parts.join(t('outcome.count.separator'));
}
