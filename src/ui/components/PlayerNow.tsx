import { Show } from 'solid-js';
import type { SessionView } from '../../engine/session/session-view';
import { formatClock, t } from '../../i18n/messages';
import { ProgressRing } from './ProgressRing';
import '../../i18n/areas/player';

/**
 * The one number worth reading from two metres: the rep being done during counted reps ("4", of 10),
 * the seconds left during a hold or a pause between steps. The seconds stay readable, smaller, during reps.
 */
export function PlayerNow(props: { view: SessionView }) {
  const seconds = () => Math.ceil(props.view.remainingMs / 1000);
  const rep = () => props.view.rep;
  return (
    <ProgressRing progress={props.view.stepProgress}>
      <Show when={rep()} fallback={
        <span class="ring-number" role="timer" aria-label={t('player.secondsLeft', { seconds: seconds() })}>{formatClock(props.view.remainingMs)}</span>
      }>
        {(current) => (
          <>
            <span class="ring-number" aria-label={t('player.rep', { rep: current(), reps: props.view.step.reps })}>{current()}</span>
            <span class="ring-of" aria-hidden="true">{t('player.ofReps', { reps: props.view.step.reps })}</span>
            <span class="ring-seconds" role="timer" aria-label={t('player.secondsLeft', { seconds: seconds() })}>{formatClock(props.view.remainingMs)}</span>
          </>
        )}
      </Show>
    </ProgressRing>
  );
}
