import type { Dose } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import '../../i18n/areas/library';

const sets = (count: number) => (count === 1 ? t('dose.sets.one') : t('dose.sets.many', { count }));
const holds = (count: number) => (count === 1 ? t('dose.holdCount.one') : t('dose.holdCount.many', { count }));

/** A dose in words: "2 sets of 10, about 4 s each", "3 holds of 20 s, each side". */
export function describeDose(dose: Dose): string {
  const side = dose.perSide ? t('dose.eachSide') : '';
  if (dose.holdSeconds !== undefined) {
    const held = t('dose.holds', { holds: holds(dose.reps), seconds: dose.holdSeconds });
    return (dose.sets === 1 ? held : t('dose.setsOfHolds', { sets: sets(dose.sets), holds: held })) + side;
  }
  return t('dose.reps', { sets: sets(dose.sets), reps: dose.reps, seconds: dose.repSeconds ?? 0 }) + side;
}
