import { For, Show } from 'solid-js';

/** One choice: its stored value, label and an optional plain-language description. */
export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/** A radio group of large cards (native radios, so arrow keys and screen readers work as usual). */
export function ChoiceCards<V extends string>(props: {
  id: string; legend: string; name: string; choices: readonly Choice<V>[]; value: V | undefined;
  onChange(value: V): void; compact?: boolean;
}) {
  return (
    <fieldset class="choices" classList={{ compact: props.compact === true }} id={props.id}>
      <legend>{props.legend}</legend>
      <For each={props.choices}>
        {(choice) => (
          <label class="choice">
            <input type="radio" name={props.name} value={choice.value} checked={props.value === choice.value}
              onChange={() => props.onChange(choice.value)} />
            <span>
              <span class="choice-label">{choice.label}</span>
              <Show when={choice.hint}>{(hint) => <span class="choice-hint">{hint()}</span>}</Show>
            </span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
