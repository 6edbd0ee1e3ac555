import { For, Show, createUniqueId } from 'solid-js';
import type { Exercise, Library, RoutineItem } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import { describeDose } from './dose-words';
import '../../i18n/areas/library';

/** One section of a routine: each exercise as a link with its dose in words, and any note about it. */
export function RoutineItems(props: {
  title: string; items: readonly RoutineItem[]; library: Library; noteFor(exercise: Exercise): string | undefined;
}) {
  const id = createUniqueId();
  const entries = () => props.items.flatMap((item) => {
    const exercise = props.library.exercises.get(item.exercise);
    return exercise ? [{ exercise, dose: item.dose ?? exercise.dose }] : [];
  });
  // Named by a routine (from a backup or an older version) but not in this library: said, never hidden.
  const missing = () => props.items.map((item) => item.exercise).filter((id) => !props.library.exercises.has(id));
  return (
    <Show when={props.items.length > 0}>
      <section class="card" aria-labelledby={id}>
        <h2 id={id}>{props.title}</h2>
        <ol class="link-list">
          <For each={entries()}>
            {(entry) => (
              <li>
                <a href={`/exercise/${entry.exercise.id}`}>{entry.exercise.name}</a>
                <p class="muted">{describeDose(entry.dose)}</p>
                <Show when={props.noteFor(entry.exercise)}>{(note) => <p class="note-warn">{note()}</p>}</Show>
              </li>
            )}
          </For>
          <For each={missing()}>{(id) => <li><p class="note-warn">{t('routine.missing', { id })}</p></li>}</For>
        </ol>
      </section>
    </Show>
  );
}
