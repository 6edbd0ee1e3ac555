import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../i18n/messages';
import { useApp } from '../app-context';
import { ProgressCalendar } from '../components/ProgressCalendar';
import { ProgressSessionList } from '../components/ProgressSessionList';
import { ProgressTrends } from '../components/ProgressTrends';
import { formatDay } from '../../i18n/dates';
import { streakWords, weekWords } from '../components/progress-words';
import { TopBar } from '../components/TopBar';
import '../styles/progress.css';
import '../../i18n/areas/progress';

/** History: the streak, a calendar of care days, trends and every session. */
export function HistoryScreen() {
  const app = useApp();
  const progress = () => app.progress.snapshot();
  onMount(() => app.progress.ensureCurrent());
  // Undo is offered until the person leaves History.
  onCleanup(() => app.history.forget());
  return (
    <section class="stack" aria-labelledby="history-title">
      <TopBar title={t('history.title')} titleId="history-title" back="/" backLabel={t('nav.home')} />
      <UndoDelete />
      <Show when={app.progress.error()}>{(reason) => <p class="notice warn" role="alert">{t('progress.loadFailed', { reason: reason() })}</p>}</Show>
      <section class="card progress-card" aria-labelledby="streak-title">
        <h2 id="streak-title" class="progress-streak">{streakWords(progress().streak)}</h2>
        <Show when={progress().streak.best > 1}><p class="muted">{t('progress.best', { count: progress().streak.best })}</p></Show>
        <For each={weekWords(progress().weekly)}>{(line) => <p class="muted">{line}</p>}</For>
      </section>
      <div class="row">
        <a class="button quiet" href="/report">{t('progress.nav.report')}</a>
        <a class="button quiet" href="/reminders?from=history">{t('progress.nav.reminders')}</a>
      </div>
      <Show when={app.progress.loaded()}>
        <ProgressCalendar careDays={progress().careDays} today={progress().today} />
        <ProgressTrends progress={progress()} />
        <ProgressSessionList sessions={progress().sessions} />
      </Show>
    </section>
  );
}

/** "The session of … was deleted. Undo", and once undone, that it is back. */
function UndoDelete() {
  const app = useApp();
  const [restored, setRestored] = createSignal<string | null>(null);
  const undo = (day: string) => app.history.undo().then(() => setRestored(day), () => undefined);
  return (
    <div role="status" class="undo-status">
      <Show when={app.history.deleted()} fallback={<Show when={restored()}>{(day) => <p class="notice">{t('history.restored', { date: formatDay(day(), 'long') })}</p>}</Show>}>
        {(session) => (
          <div class="notice undo-notice">
            <p>{t('history.deleted', { date: formatDay(session().day, 'long') })}</p>
            <button type="button" class="button primary" onClick={() => void undo(session().day)}>{t('history.undo')}</button>
          </div>
        )}
      </Show>
    </div>
  );
}
