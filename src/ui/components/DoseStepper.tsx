import '../styles/stepper.css';

/**
 * A number with large − and + buttons, for one field of a dose. At a limit the button is aria-disabled
 * rather than disabled, so keyboard focus stays on it instead of being dropped.
 */
export function DoseStepper(props: {
  label: string; value: number; lessLabel: string; moreLabel: string;
  canLess: boolean; canMore: boolean; onLess(): void; onMore(): void;
}) {
  return (
    <div class="stepper" role="group" aria-label={props.label}>
      <span class="stepper-label" aria-hidden="true">{props.label}</span>
      <button type="button" class="button" aria-label={props.lessLabel} aria-disabled={!props.canLess}
        onClick={() => props.canLess && props.onLess()}>−</button>
      <output class="stepper-value" aria-live="polite">{props.value}</output>
      <button type="button" class="button" aria-label={props.moreLabel} aria-disabled={!props.canMore}
        onClick={() => props.canMore && props.onMore()}>+</button>
    </div>
  );
}
