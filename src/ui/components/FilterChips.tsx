import { For } from 'solid-js';
import '../styles/library.css';

/** One choice in a group of filter chips. */
export interface ChipOption {
  value: string;
  label: string;
}

/** A labelled group of large toggle buttons; several may be on at once. */
export function FilterChips(props: {
  legend: string;
  options: readonly ChipOption[];
  chosen: readonly string[];
  onToggle(value: string): void;
}) {
  return (
    <fieldset class="chips">
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {(option) => (
          <button type="button" class="chip" aria-pressed={props.chosen.includes(option.value)}
            onClick={() => props.onToggle(option.value)}>{option.label}</button>
        )}
      </For>
    </fieldset>
  );
}
