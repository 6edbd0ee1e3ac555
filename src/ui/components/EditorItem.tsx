import { For, Show } from 'solid-js';
import type { Dose, Exercise } from '../../engine/content/content-types';
import { t, type MessageKey } from '../../i18n/messages';
import { DoseStepper } from './DoseStepper';
import { stepDose, stepRange, type EditableDoseField } from './dose-limits';
import { describeDose } from './dose-words';
import '../../i18n/areas/library';

/** The fields a dose of this kind lets the user change, with their labels. */
function fieldsFor(dose: Dose): { field: EditableDoseField; label: MessageKey }[] {
  const held = dose.holdSeconds !== undefined;
  return [
    { field: 'sets', label: 'editor.sets' },
    { field: 'reps', label: held ? 'editor.holds' : 'editor.reps' },
    ...(held ? [{ field: 'holdSeconds' as const, label: 'editor.hold' as const }] : []),
    { field: 'restSeconds', label: 'editor.rest' },
  ];
}

/** How one arrow button moves an item: its screen-reader label, and whether it can move that way at all. */
export interface MoveButton {
  label: string;
  enabled: boolean;
}

/**
 * One exercise in the routine being built: move it (within its part or into the next), remove it, and
 * change its dose. `id` is stable across moves, so focus can follow the item into another part.
 */
export function EditorItem(props: {
  id: string; exercise: Exercise; dose: Dose; up: MoveButton; down: MoveButton; note: string | undefined;
  onMove(direction: -1 | 1): void; onRemove(): void; onDose(dose: Dose): void;
}) {
  const name = () => props.exercise.name;
  // Moving re-inserts this item's element (in another list when it changes part), which drops keyboard
  // focus: put it back on the same arrow, or on the other one at the very top or bottom.
  const move = (direction: -1 | 1) => {
    const [preferred, other] = direction === -1 ? ['up', 'down'] : ['down', 'up'];
    props.onMove(direction);
    requestAnimationFrame(() => {
      const button = (which: string) => document.getElementById(`${props.id}-${which}`) as HTMLButtonElement | null;
      const target = button(preferred);
      (target && !target.disabled ? target : button(other))?.focus();
    });
  };
  const step = (field: EditableDoseField, direction: 1 | -1) => props.onDose(stepDose(props.exercise, props.dose, field, direction));
  return (
    <li class="card editor-item" aria-label={name()}>
      <div class="editor-head">
        <h3>{name()}</h3>
        <div class="order-buttons">
          <button type="button" class="button" id={`${props.id}-up`} aria-label={props.up.label} disabled={!props.up.enabled}
            onClick={() => move(-1)}><span aria-hidden="true">↑</span></button>
          <button type="button" class="button" id={`${props.id}-down`} aria-label={props.down.label} disabled={!props.down.enabled}
            onClick={() => move(1)}><span aria-hidden="true">↓</span></button>
        </div>
      </div>
      <p class="muted">{describeDose(props.dose)}</p>
      <Show when={props.note}>{(note) => <p class="note-warn">{note()}</p>}</Show>
      <div class="steppers">
        <For each={fieldsFor(props.dose)}>
          {({ field, label }) => {
            const range = () => stepRange(props.exercise, field);
            const value = () => props.dose[field] ?? 0;
            const words = { field: t(label).toLowerCase().replace(/ \(s\)$/, ''), name: name() };
            return (
              <DoseStepper label={t(label)} value={value()} lessLabel={t('editor.less', words)} moreLabel={t('editor.more', words)}
                canLess={value() > range().min} canMore={value() < range().max}
                onLess={() => step(field, -1)} onMore={() => step(field, 1)} />
            );
          }}
        </For>
      </div>
      <button type="button" class="button quiet" onClick={() => props.onRemove()}>{t('editor.remove', { name: name() })}</button>
    </li>
  );
}
