import { For, Show } from 'solid-js';

/** One answer in a group. */
export interface Choice<T> {
  value: T;
  label: string;
}

/** A question answered by tapping one large button; the chosen one is pressed (aria-pressed). */
export function ChoiceGroup<T>(props: {
  legend: string;
  hint?: string;
  choices: readonly Choice<T>[];
  selected: T | undefined;
  onSelect: (value: T) => void;
  class: string;
}) {
  return (
    <fieldset class={`choice-group ${props.class}`}>
      <legend>{props.legend}</legend>
      <Show when={props.hint}><p class="muted hint">{props.hint}</p></Show>
      <div class="choices">
        <For each={props.choices}>
          {(choice) => (
            <button type="button" class="button" aria-pressed={props.selected === choice.value} onClick={() => props.onSelect(choice.value)}>
              {choice.label}
            </button>
          )}
        </For>
      </div>
    </fieldset>
  );
}
