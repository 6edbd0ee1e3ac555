import { For, onMount, Show } from 'solid-js';
import type { Progress } from '../../state/create-progress';
import { t } from '../../i18n/messages';
import { streakWords, weekWords } from './progress-words';
import '../styles/progress.css';
import '../../i18n/areas/progress';

/** The home screen's one compact card: the streak, the week's goal, a kind nudge for today, and History. */
export function ProgressTodayCard(props: { progress: Progress }) {
  // Saves refresh the streak themselves; a day that has turned since the last read needs a new one.
  onMount(() => props.progress.ensureCurrent());
  const snapshot = () => props.progress.snapshot();
  return (
    <section class="card progress-card" aria-labelledby="progress-title">
      <h2 id="progress-title" class="visually-hidden">{t('progress.title')}</h2>
      <p class="progress-streak">{streakWords(snapshot().streak)}</p>
      <For each={weekWords(snapshot().weekly)}>{(line) => <p class="muted progress-week">{line}</p>}</For>
      <Show when={props.progress.summaryLoaded() && !snapshot().loggedToday}>
        <p class="progress-today">{t('progress.today.empty')}</p>
      </Show>
      <Show when={snapshot().streak.isTodayCareDay}>
        <p class="progress-today">{t('progress.today.done')}</p>
      </Show>
      <a class="button quiet wide" href="/history">{t('progress.nav.history')}</a>
    </section>
  );
}
