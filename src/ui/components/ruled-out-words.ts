import type { Exercise, Library } from '../../engine/content/content-types';
import type { RuledOut } from '../../engine/clinical/rule-out';
import type { LeftOutItem } from '../../engine/clinical/routine-plan';
import { t } from '../../i18n/messages';
import { jointWords } from './tier-words';
import '../../i18n/areas/clinical';

/** Why an exercise is ruled out, in one sentence that names it. */
export function ruledOutWords(name: string, reason: RuledOut): string {
  switch (reason.cause) {
    case 'profile':
      return t('ruledOut.profile', { name, does: t(`does.${reason.tag}`), why: t(`ruledOut.why.${reason.rule}`) });
    case 'hip-caution':
      return t('ruledOut.hipCaution', { name, does: t(`does.${reason.tag}`) });
    case 'inflamed-joint':
      return t('ruledOut.inflamed', { name, does: t(`ruledOut.exposure.${reason.exposure}`), region: jointWords([reason.region]) });
    case 'tier':
      return t(`ruledOut.tier.${reason.tier}`, { name });
  }
}

/** A left-out line of today's plan: why, and what is done in its place. */
export function leftOutWords(item: LeftOutItem, library: Library): string {
  const name = (id: string) => library.exercises.get(id)?.name ?? id;
  const why = ruledOutWords(name(item.exerciseId), item);
  return item.standInId === undefined ? why : `${why} ${t('ruledOut.standIn', { name: name(item.standInId) })}`;
}

/** The ruled-out sentence for an exercise, or undefined when the reason is undefined. */
export function ruledOutNote(exercise: Exercise, reason: RuledOut | undefined): string | undefined {
  return reason === undefined ? undefined : ruledOutWords(exercise.name, reason);
}
