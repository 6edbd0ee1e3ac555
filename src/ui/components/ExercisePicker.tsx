import { For, Show } from 'solid-js';
import type { PrecautionProfile } from '../../engine/clinical/check-in-types';
import type { Exercise } from '../../engine/content/content-types';
import { whyRuledOut } from '../../engine/clinical/rule-out';
import { ROUTINE_PARTS, type RoutinePart } from '../../engine/session/routine-parts';
import { t } from '../../i18n/messages';
import { createExerciseFinder } from './create-exercise-finder';
import { ExerciseFinderControls } from './ExerciseFinderControls';
import { Illustration } from './Illustration';
import { partTitle } from './part-words';
import { ruledOutNote } from './ruled-out-words';
import '../../i18n/areas/library';
import '../styles/library.css';

/** The id of the search field, which takes focus when the user picks a part to add to. */
export const PICKER_SEARCH_ID = 'picker-search';

/**
 * The exercises to add to the chosen part (`target`, picked with radio buttons that stay in view while the
 * list scrolls, above `said`: what the editor last did), each with its picture, found by search and filters;
 * those the profile rules out are shown disabled, with the reason.
 */
export function ExercisePicker(props: {
  exercises: readonly Exercise[]; profile: PrecautionProfile; target: RoutinePart; said: string;
  illustration(exercise: Exercise): string | undefined; onTarget(part: RoutinePart): void; onAdd(exercise: Exercise): void;
}) {
  const finder = createExerciseFinder(() => props.exercises);
  return (
    <section class="stack picker" aria-labelledby="picker-title">
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
      <ExerciseFinderControls finder={finder} searchId={PICKER_SEARCH_ID} searchLabel={t('editor.search')} />
      <Show when={finder.shown().length > 0} fallback={<p class="muted">{t('editor.noMatch')}</p>}>
        <ul class="picker-list" aria-label={t('editor.add')}>
          <For each={finder.shown()}>
            {(exercise) => {
              const reason = () => ruledOutNote(exercise, whyRuledOut(exercise, props.profile));
              return (
                <li classList={{ 'picker-card': true, 'ruled-out': reason() !== undefined }}>
                  <Illustration src={props.illustration(exercise)} alt="" />
                  <span class="picker-text">
                    {/* The button's own text is the name; its ::after stretches over the card, so the whole card adds. */}
                    <button type="button" class="picker-item" disabled={reason() !== undefined}
                      aria-describedby={[`purpose-${exercise.id}`, reason() ? `why-${exercise.id}` : ''].join(' ').trim()} onClick={() => props.onAdd(exercise)}>
                      <span class="visually-hidden">{t('editor.addPrefix')}</span>{exercise.name}
                    </button>
                    <span class="muted" id={`purpose-${exercise.id}`}>{exercise.purpose}</span>
                  </span>
                  <span class="picker-plus" aria-hidden="true">+</span>
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
