import { Match, Switch } from 'solid-js';
import type { SessionView } from '../../engine/session/session-view';
import { formatClock, t } from '../../i18n/messages';
import { breathAt } from '../../engine/session/breath-pace';
import { Icon } from './Icon';
import { isBreathHold, ofCount } from './player-words';
import { ProgressRing } from './ProgressRing';
import '../../i18n/areas/player';

/**
 * The one thing worth reading from two metres: the rep being done during counted reps ("4", of 10), a
 * shape that grows and shrinks with the breath during a breathing hold ("Breathe in… and out", never a
 * countdown to hold one's breath against), and the seconds left otherwise. The seconds stay, smaller. While the
 * session waits for the person, the ring is one large Start button, easy to find after getting up.
 */
export function PlayerNow(props: { view: SessionView; onStart(): void }) {
  const seconds = () => Math.ceil(props.view.remainingMs / 1000);
  const timer = (big: boolean) => (
    <span class={big ? 'ring-number' : 'ring-seconds'} role="timer" aria-label={t('player.secondsLeft', { seconds: seconds() })}>
      {formatClock(props.view.remainingMs)}
    </span>
  );
  const breath = () => breathAt(props.view.elapsedMs);
  return (
    <Switch fallback={<ProgressRing progress={props.view.stepProgress}>{timer(true)}</ProgressRing>}>
      <Match when={props.view.waiting}>
        <div class="ring-wrap">
          <button type="button" class="button primary ring-start" onClick={() => props.onStart()}
            aria-label={t('player.startExercise', { name: props.view.exercise.exercise.name })}>
            <Icon name="play" />{t('player.startNext')}
          </button>
        </div>
      </Match>
      <Match when={isBreathHold(props.view)}>
        <div class="breath-pacer ring-wrap">
          <svg viewBox="0 0 120 120" aria-hidden="true">
            <circle class="breath-shape" cx="60" cy="60" r={String(34 + 24 * breath().fullness)} />
          </svg>
          <div class="ring-label">
            <span class="breath-words">{breath().inhaling ? t('player.breatheIn') : t('player.breatheOut')}</span>
            {timer(false)}
          </div>
        </div>
      </Match>
      <Match when={props.view.rep}>
        {(current) => (
          <ProgressRing progress={props.view.stepProgress}>
            <span class="ring-number" aria-label={t('player.rep', { rep: current(), reps: props.view.step.reps })}>{current()}</span>
            <span class="ring-of" aria-hidden="true">{ofCount(props.view)}</span>
            {timer(false)}
          </ProgressRing>
        )}
      </Match>
    </Switch>
  );
}
