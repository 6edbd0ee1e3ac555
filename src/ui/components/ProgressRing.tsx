import type { JSX } from 'solid-js';

const R = 54;
const CIRCUMFERENCE = 2 * Math.PI * R;

/** A ring that empties as the step runs out, with its label in the middle. */
export function ProgressRing(props: { progress: number; children: JSX.Element }) {
  return (
    <div class="ring-wrap">
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle class="ring-track" cx="60" cy="60" r={R} fill="none" stroke-width="9" />
        <circle
          class="ring-fill" cx="60" cy="60" r={R} fill="none" stroke-width="9" stroke-linecap="round"
          stroke-dasharray={String(CIRCUMFERENCE)} stroke-dashoffset={String(CIRCUMFERENCE * Math.min(1, Math.max(0, props.progress)))}
        />
      </svg>
      <div class="ring-label">{props.children}</div>
    </div>
  );
}
