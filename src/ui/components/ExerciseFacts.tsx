import { For } from 'solid-js';
import { TIERS, type Exercise } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import { formatList } from '../../i18n/format';
import { describeDose } from './dose-words';
import '../../i18n/areas/library';

/** The short facts about an exercise (areas, position, equipment, usual dose) and its dose on each kind of day. */
export function ExerciseFacts(props: { exercise: Exercise }) {
  const facts = () => [
    [t('exercise.regions'), formatList(props.exercise.regions.map((r) => t(`region.${r}`)))],
    [t('exercise.position'), t(`position.${props.exercise.position}`)],
    [t('exercise.equipment'), formatList(props.exercise.equipment.map((e) => t(`equipment.${e}`)))],
    [t('exercise.dose'), describeDose(props.exercise.dose)],
  ];
  return (
    <>
      <dl class="card facts">
        <For each={facts()}>{([term, value]) => <div><dt>{term}</dt><dd>{value}</dd></div>}</For>
      </dl>
      <section class="card" aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t('exercise.tiers')}</h2>
        <dl class="facts">
          <For each={TIERS}>
            {(tier) => {
              const dose = props.exercise.tiers[tier];
              return <div class={`tier-${tier}`}><dt>{t(`tier.${tier}`)}</dt><dd>{dose ? describeDose(dose) : t('exercise.notInTier')}</dd></div>;
            }}
          </For>
        </dl>
      </section>
    </>
  );
}
