import { For, Show, createMemo, createSignal } from 'solid-js';
import type { PrecautionProfile } from '../../engine/clinical/check-in-types';
import { REGIONS, type Exercise, type Region } from '../../engine/content/content-types';
import { whyRuledOut } from '../../engine/clinical/rule-out';
import { ROUTINE_PARTS, type RoutinePart } from '../../engine/session/routine-parts';
import { t } from '../../i18n/messages';
import { partTitle } from './part-words';
import { ruledOutNote } from './ruled-out-words';
import '../../i18n/en/library';

/** The id of the search field, which takes focus when the user picks a part to add to. */
export const PICKER_SEARCH_ID = 'picker-search';

/**
 * A searchable list of exercises to add to the chosen part (`target`, picked with radio buttons that stay
 * in view while the list scrolls, above `said`: what the editor last did); those the profile rules out are
 * shown disabled, with the reason.
 */
export function ExercisePicker(props: {
  exercises: readonly Exercise[]; profile: PrecautionProfile; target: RoutinePart; said: string;
  onTarget(part: RoutinePart): void; onAdd(exercise: Exercise): void;
}) {
  const [query, setQuery] = createSignal('');
  const [region, setRegion] = createSignal<Region | ''>('');
  const shown = createMemo(() => props.exercises.filter((exercise) => {
    const words = `${exercise.name} ${exercise.purpose}`.toLowerCase();
    return words.includes(query().trim().toLowerCase()) && (region() === '' || exercise.regions.includes(region() as Region));
  }));
  return (
    <section class="stack" aria-labelledby="picker-title">
      <h2 id="picker-title">{t('editor.add')}</h2>
      <fieldset class="part-chooser">
        <legend>{t('editor.addTo')}</legend>
        <div class="segments">
          <For each={ROUTINE_PARTS}>
            {(part) => (
              <label class="segment">
                <input type="radio" name="add-to" value={part} checked={props.target === part} onChange={() => props.onTarget(part)} />
                <span>{partTitle(part)}</span>
              </label>
            )}
          </For>
        </div>
        <p class="picker-said" role="status">{props.said}</p>
      </fieldset>
      <label class="text-field">
        <span>{t('editor.search')}</span>
        <input type="search" id={PICKER_SEARCH_ID} value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <label class="text-field">
        <span>{t('library.region')}</span>
        <select value={region()} onChange={(e) => setRegion(e.currentTarget.value as Region | '')}>
          <option value="">{t('editor.allRegions')}</option>
          <For each={REGIONS}>{(r) => <option value={r}>{t(`region.${r}`)}</option>}</For>
        </select>
      </label>
      <Show when={shown().length > 0} fallback={<p class="muted">{t('editor.noMatch')}</p>}>
        <ul class="picker-list">
          <For each={shown()}>
            {(exercise) => {
              const reason = () => ruledOutNote(exercise, whyRuledOut(exercise, props.profile));
              return (
                <li classList={{ 'ruled-out': reason() !== undefined }}>
                  <button type="button" class="button" disabled={reason() !== undefined}
                    aria-describedby={reason() ? `why-${exercise.id}` : undefined} onClick={() => props.onAdd(exercise)}>
                    <span aria-hidden="true">+</span> {t('editor.addOne', { name: exercise.name })}
                  </button>
                  <Show when={reason()}>{(why) => <p class="why" id={`why-${exercise.id}`}>{why()}</p>}</Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
