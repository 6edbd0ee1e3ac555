import { countOutcomes, type ExerciseResult } from '../../engine/clinical/care-credit';
import type { Category } from '../../engine/content/content-types';
import { plural, t } from '../../i18n/messages';
import { countUnit } from './player-words';
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

/** What one exercise's work came to, in its own words: "1 of 2 sets · 8 reps · 40 s", "1 of 1 set · 4 rounds". */
export function workLine(done: { setsDone: number; setsPlanned: number; repsDone: number; secondsWorked?: number }, category: Category | undefined, held: boolean): string {
  const unit = countUnit(category ?? 'mobility', held);
  const parts = [
    plural('summary.setsOf', done.setsPlanned, { sets: done.setsDone, planned: done.setsPlanned }),
    plural(`summary.count.${unit}`, done.repsDone),
  ];
  if (done.secondsWorked !== undefined) parts.push(t('summary.seconds', { seconds: done.secondsWorked }));
  return parts.join(' · ');
}
