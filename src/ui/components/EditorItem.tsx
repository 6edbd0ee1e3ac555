import { For } from 'solid-js';
import type { Dose, Exercise } from '../../engine/content-types';
import { t, type MessageKey } from '../../i18n/messages';
import { DoseStepper } from './DoseStepper';
import { stepDose, stepRange, type EditableDoseField } from './dose-limits';
import { describeDose } from './dose-words';
import '../../i18n/en/library';

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

/** One exercise in the routine being built: move it, remove it, and change its dose. */
export function EditorItem(props: {
  exercise: Exercise; dose: Dose; first: boolean; last: boolean;
  onMove(direction: -1 | 1): void; onRemove(): void; onDose(dose: Dose): void;
}) {
  const name = () => props.exercise.name;
  let up: HTMLButtonElement | undefined;
  let down: HTMLButtonElement | undefined;
  // Moving re-inserts this item's element, which drops keyboard focus: put it back on an arrow that still works.
  const move = (direction: -1 | 1) => {
    props.onMove(direction);
    requestAnimationFrame(() => {
      const preferred = direction === -1 ? up : down;
      (preferred?.disabled ? (direction === -1 ? down : up) : preferred)?.focus();
    });
  };
  const step = (field: EditableDoseField, direction: 1 | -1) => props.onDose(stepDose(props.exercise, props.dose, field, direction));
  return (
    <li class="card editor-item" aria-label={name()}>
      <div class="editor-head">
        <h3>{name()}</h3>
        <div class="order-buttons">
          <button type="button" class="button" ref={up} aria-label={t('editor.moveUp', { name: name() })} disabled={props.first}
            onClick={() => move(-1)}>↑</button>
          <button type="button" class="button" ref={down} aria-label={t('editor.moveDown', { name: name() })} disabled={props.last}
            onClick={() => move(1)}>↓</button>
        </div>
      </div>
      <p class="muted">{describeDose(props.dose)}</p>
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
