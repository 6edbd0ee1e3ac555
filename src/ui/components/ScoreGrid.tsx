import { For, Show } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/coach';
import '../styles/check-in.css';

const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A 0–10 score answered with one tap: eleven large cells that are native radios (arrow keys and screen
 * readers work as for any radio group). Nothing is chosen until the person taps; `previous` is only a hint.
 */
export function ScoreGrid(props: {
  id: string; name: string; legend: string; value: number | undefined; previous?: number | undefined;
  onChange(value: number): void;
}) {
  return (
    <fieldset class="score-grid" id={props.id} aria-describedby={`${props.id}-scale`}>
      <legend>{props.legend}</legend>
      <div class="score-cells">
        <For each={LEVELS}>
          {(level) => (
            <label class="score-cell">
              <input type="radio" name={props.name} value={level} checked={props.value === level}
                onChange={() => props.onChange(level)} />
              <span>{level}</span>
            </label>
          )}
        </For>
      </div>
      <p class="score-scale muted" id={`${props.id}-scale`}>
        <span>{t('checkIn.scale.low')}</span>
        <Show when={props.previous !== undefined}>
          <span class="score-previous">{t('checkIn.previous', { value: props.previous ?? 0 })}</span>
        </Show>
        <span>{t('checkIn.scale.high')}</span>
      </p>
    </fieldset>
  );
}
