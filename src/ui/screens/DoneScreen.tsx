import { For, Show } from 'solid-js';
import { formatDuration, t } from '../../i18n/messages';
import { useApp } from '../app-context';

/** After a session: what was done, said kindly. */
export function DoneScreen() {
  const app = useApp();
  return (
    <section class="stack" aria-labelledby="done-title">
      <Show when={app.summary()} fallback={<h1 id="done-title">{t('phase.finished')}</h1>}>
        {(summary) => (
          <>
            <h1 id="done-title">{t('summary.title')}</h1>
            <p>{t('summary.body', { minutes: formatDuration(summary().activeSeconds * 1000) })}</p>
            <Show when={!summary().completed}><p class="notice">{t('summary.endedEarly')}</p></Show>
            <Show when={app.storageError()}>{(reason) => <p class="notice warn" role="alert">{t('summary.saveFailed', { reason: reason() })}</p>}</Show>
            <ul class="summary-list">
              <For each={summary().exercises}>
                {(ex) => (
                  <li>
                    <div class="name">{ex.name}</div>
                    <div class="muted">
                      {ex.skipped ? t('summary.skipped') : ex.endedEarly && ex.secondsWorked === 0 ? t('summary.notReached')
                        : t('summary.done', { sets: ex.setsDone, planned: ex.setsPlanned, reps: ex.repsDone, seconds: ex.secondsWorked })}
                    </div>
                    <Show when={ex.painReports.length}><div>{t('summary.pain', { levels: ex.painReports.join(', ') })}</div></Show>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Show>
      <button type="button" class="button primary wide" onClick={() => app.router.go('/', { replace: true })}>{t('summary.home')}</button>
    </section>
  );
}
