import { For, Show } from 'solid-js';
import type { ComfortTip } from '../../engine/clinical/rules-comfort';
import type { Library, Routine } from '../../engine/content/content-types';
import type { PlannedItem, RoutinePlan } from '../../engine/clinical/routine-plan';
import { formatExerciseCount, t } from '../../i18n/messages';
import { describeDose } from './dose-words';
import { leftOutWords } from './ruled-out-words';
import '../../i18n/areas/clinical';
import '../../i18n/areas/coach';

/** What a planned line adds after the dose: the exercise it stands in for. */
function plannedNote(item: PlannedItem, library: Library): string {
  const replaced = item.replaces === undefined ? undefined : library.exercises.get(item.replaces)?.name;
  const notes = [replaced === undefined ? '' : t('plan.replaces', { name: replaced }), item.movesHotJoint ? t('plan.oneGentle') : ''];
  return notes.filter(Boolean).map((note) => ` · ${note}`).join('');
}

/** Today's exercises with their doses, then what is left out and why. */
export function PlannedList(props: { plan: RoutinePlan | undefined; library: Library }) {
  return (
    <>
      <h3>{t('today.doses')}</h3>
      <ol class="plan-list" aria-label={t('today.doses')}>
        <For each={props.plan?.items ?? []}>
          {(item) => <li><strong>{item.exercise.name}</strong><span class="muted">{describeDose(item.dose)}{plannedNote(item, props.library)}</span></li>}
        </For>
      </ol>
      <Show when={(props.plan?.leftOut.length ?? 0) > 0}>
        <h3>{t('today.leftOut')}</h3>
        <ul class="left-out" aria-label={t('today.leftOut')}>
          <For each={props.plan?.leftOut ?? []}>{(left) => <li>{leftOutWords(left, props.library)}</li>}</For>
        </ul>
      </Show>
    </>
  );
}

/** One or two comfort tips that fit today. */
export function ComfortTips(props: { tips: readonly ComfortTip[] }) {
  return (
    <Show when={props.tips.length > 0}>
      <aside class="card tip" aria-labelledby="tip-title">
        <h2 id="tip-title">{t('today.tip')}</h2>
        <For each={props.tips}>{(tip) => <p>{t(`tip.${tip.id}`)}</p>}</For>
      </aside>
    </Show>
  );
}

/** Every other routine, planned within today's limits, to pick instead. */
export function OtherRoutines(props: {
  entries: readonly { routine: Routine; plan: RoutinePlan }[]; onChoose(id: string): void;
}) {
  return (
    <details class="card other-routines">
      <summary class="button quiet wide">{t('today.another')}</summary>
      <ul class="plain-list">
        <For each={props.entries}>
          {({ routine, plan }) => (
            <li>
              <h3>{routine.name}</h3>
              <Show when={plan.nothingSuitable} fallback={
                <>
                  <p class="muted">{formatExerciseCount(plan.items.length)}</p>
                  <button type="button" class="button wide" onClick={() => props.onChoose(routine.id)}>
                    {t('today.pick', { name: routine.name })}
                  </button>
                </>
              }>
                {(nothing) => (
                  <>
                    <p class="muted">{t('today.nothingSuitable', { name: routine.name })}</p>
                    <button type="button" class="button quiet wide" onClick={() => props.onChoose(nothing().suggestion)}>
                      {t('today.tryGentlest')}
                    </button>
                  </>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}
