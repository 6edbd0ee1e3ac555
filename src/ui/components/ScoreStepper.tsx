import { t } from '../../i18n/messages';
import '../../i18n/areas/coach';

/** A 0–10 score with large − and + buttons; the number itself is a spin button that takes the arrow keys. */
export function ScoreStepper(props: {
  id: string; label: string; name: string; value: number | undefined; onChange(value: number): void;
}) {
  const set = (value: number) => props.onChange(Math.min(10, Math.max(0, value)));
  // From "not set", either button starts the scale at its own end of the range.
  const less = () => set(props.value === undefined ? 0 : props.value - 1);
  const more = () => set(props.value === undefined ? 1 : props.value + 1);
  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowUp: more, ArrowRight: more, ArrowDown: less, ArrowLeft: less, Home: () => set(0), End: () => set(10),
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    move();
  };
  return (
    <div class="score" id={props.id}>
      <span class="score-label" id={`${props.id}-label`}>{props.label}</span>
      <div class="score-row">
        <button type="button" class="button" aria-label={t('checkIn.less', { name: props.name })}
          onClick={less}>−</button>
        <div class="score-value" role="spinbutton" tabindex="0" aria-labelledby={`${props.id}-label`}
          aria-valuemin="0" aria-valuemax="10" aria-valuenow={props.value}
          aria-valuetext={props.value === undefined ? t('checkIn.notSet') : `${props.value} / 10`} onKeyDown={onKey}>
          {props.value ?? '–'}
        </div>
        <button type="button" class="button" aria-label={t('checkIn.more', { name: props.name })}
          onClick={more}>+</button>
      </div>
    </div>
  );
}
