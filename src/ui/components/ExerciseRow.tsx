import type { Exercise } from '../../engine/content/content-types';
import { TIERS } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import { Illustration } from './Illustration';
import '../../i18n/areas/library';
import '../styles/library.css';

/** The names of the kinds of day an exercise is offered on: "Good day, Careful day". */
export function tierNames(exercise: Exercise): string {
  return TIERS.filter((tier) => exercise.tiers[tier] !== undefined).map((tier) => t(`tier.${tier}`)).join(', ');
}

/** One exercise in a list: its picture, name (a link to its page), purpose and the days it is offered on. */
export function ExerciseRow(props: { exercise: Exercise; illustration: string | undefined }) {
  return (
    <li class="exercise-row">
      <Illustration src={props.illustration} alt="" />
      <div>
        <h3><a href={`/exercise/${props.exercise.id}`}>{props.exercise.name}</a></h3>
        <p>{props.exercise.purpose}</p>
        <p class="meta">{t('library.tiers', { tiers: tierNames(props.exercise) })}</p>
      </div>
    </li>
  );
}
