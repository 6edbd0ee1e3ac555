import { For, Show } from 'solid-js';
import type { Dose, Exercise, Library } from '../../engine/content/content-types';
import type { RoutinePart } from '../../engine/session/routine-parts';
import { formatDuration, t } from '../../i18n/messages';
import type { DraftItem } from '../../state/create-routine-draft';
import { EditorItem, type MoveButton } from './EditorItem';
import { partTitle } from './part-words';
import '../../i18n/areas/library';

/** The element id of a part's heading, which takes focus when its last-touched item is removed. */
export const partHeadingId = (part: RoutinePart) => `part-${part}`;

/**
 * One part of the routine being built (warm-up, main or cool-down): its heading and time, its items in
 * order, and a button to add to it. `before`/`after` name the neighbouring parts an item can move into.
 */
export function EditorPart(props: {
  part: RoutinePart; items: readonly DraftItem[]; library: Library; timeMs: number;
  before: RoutinePart | undefined; after: RoutinePart | undefined; noteFor(exercise: Exercise): string | undefined;
  onMove(index: number, direction: -1 | 1): void; onRemove(index: number): void; onDose(index: number, dose: Dose): void;
  onAddHere(): void;
}) {
  const title = () => partTitle(props.part);
  const button = (name: string, index: number, direction: -1 | 1): MoveButton => {
    const inside = direction === -1 ? index > 0 : index < props.items.length - 1;
    const neighbour = direction === -1 ? props.before : props.after;
    if (inside || neighbour === undefined) {
      return { label: t(direction === -1 ? 'editor.moveUp' : 'editor.moveDown', { name }), enabled: inside };
    }
    return { label: t('editor.moveInto', { name, part: partTitle(neighbour) }), enabled: true };
  };
  return (
    <section class="editor-part" aria-labelledby={partHeadingId(props.part)}>
      <div class="part-head">
        <h2 id={partHeadingId(props.part)} tabindex="-1">{title()}</h2>
        <Show when={props.timeMs > 0}><p class="part-time">{t('editor.partTime', { time: formatDuration(props.timeMs) })}</p></Show>
      </div>
      <Show when={props.items.length > 0} fallback={<p class="muted part-empty">{t('editor.partEmpty')}</p>}>
        <ol class="editor-list">
          <For each={props.items}>
            {(item, index) => (
              <Show when={props.library.exercises.get(item.exercise)} fallback={
                <li class="card editor-item missing" aria-label={item.exercise}>
                  <h3>{item.exercise}</h3>
                  <p class="note-warn">{t('editor.missing')}</p>
                  <button type="button" class="button quiet" onClick={() => props.onRemove(index())}>{t('editor.remove', { name: item.exercise })}</button>
                </li>
              }>
                {(exercise) => (
                  <EditorItem id={item.key} exercise={exercise()} dose={item.dose ?? exercise().dose} note={props.noteFor(exercise())}
                    up={button(exercise().name, index(), -1)} down={button(exercise().name, index(), 1)}
                    onMove={(direction) => props.onMove(index(), direction)}
                    onRemove={() => props.onRemove(index())} onDose={(dose) => props.onDose(index(), dose)} />
                )}
              </Show>
            )}
          </For>
        </ol>
      </Show>
      <button type="button" class="button quiet wide add-here" onClick={() => props.onAddHere()}>
        <span aria-hidden="true">+</span> {t('editor.addHere', { part: title() })}
      </button>
    </section>
  );
}
