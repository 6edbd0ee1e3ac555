import { createSignal, For, Show } from 'solid-js';
import type { StoredSession } from '../../engine/records/session-record';
import { t } from '../../i18n/messages';
import { formatDay } from '../../i18n/dates';
import { useApp } from '../app-context';
import { outcomeLine } from './outcome-words';
import { routineNameOf } from './shown-names';
import '../../i18n/areas/progress';

const PAGE = 20;

/** Sessions newest first, each a link to its details; older ones a tap away so five years stay fast. */
export function ProgressSessionList(props: { sessions: readonly StoredSession[] }) {
  const app = useApp();
  const [shown, setShown] = createSignal(PAGE);
  const newestFirst = () => props.sessions.slice(-shown()).reverse();
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('history.sessions')}</h2>
      <Show when={props.sessions.length > 0} fallback={<p class="muted">{t('history.noSessions')}</p>}>
        <ul class="link-list session-list" aria-labelledby="sessions-title">
          <For each={newestFirst()}>{(s) => (
            <li>
              <a href={`/history/${s.id}`}>{formatDay(s.day, 'short')}</a>
              <p class="muted small">
                {t('history.sessionLine', { routine: routineNameOf(app.library, s.routineId, s.routineName), minutes: Math.max(1, Math.round(s.activeSeconds / 60)) })}
                {' · '}{t(`progress.tier.${s.tier}`)}
              </p>
              <p class="small">{outcomeLine(s.exercises)}</p>
              <Show when={s.note}>{(note) => <p class="small session-note-line">{t('history.noteLine', { note: note() })}</p>}</Show>
            </li>
          )}</For>
        </ul>
        <Show when={shown() < props.sessions.length}>
          <button type="button" class="button quiet wide" onClick={() => setShown((n) => n + PAGE)}>{t('history.showMore')}</button>
        </Show>
      </Show>
    </section>
  );
}
