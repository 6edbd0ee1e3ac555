import { Show } from 'solid-js';
import type { SessionView } from '../../engine/session/session-view';
import { formatDuration, t } from '../../i18n/messages';

/** The player's quiet top line: the routine, the part and exercise reached, and the whole session's progress. */
export function PlayerHead(props: { routine: string | undefined; part: string | undefined; total: number; view: SessionView }) {
  return (
    <div class="player-head">
      <span class="player-routine">{props.routine}</span>
      <span class="player-where">
        <Show when={props.part}>{(part) => <span class="player-part">{part()}</span>}</Show>
        <span>{t('player.exerciseOf', { n: props.view.step.exerciseIndex + 1, total: props.total })}</span>
      </span>
      <div class="session-bar" role="progressbar" aria-label={t('player.timeLeft', { time: formatDuration(props.view.remainingSessionMs) })}
        aria-valuemin="0" aria-valuemax="100" aria-valuenow={Math.round(props.view.sessionProgress * 100)}>
        <div style={{ transform: `scaleX(${props.view.sessionProgress})` }} />
      </div>
    </div>
  );
}
