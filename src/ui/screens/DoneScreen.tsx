import { For, Show } from 'solid-js';
import { HARD_PAIN_AFTER, tipAfterSession } from '../../engine/clinical/session-tip';
import { formatDuration, t } from '../../i18n/messages';
import { createFeedback } from '../../state/create-feedback';
import { useApp } from '../app-context';
import { SessionFeedbackForm } from '../components/SessionFeedbackForm';
import '../../i18n/en/clinical';
import '../../i18n/en/feedback';

/** After a session: what was done, said kindly; how it went; what that means for next time; one comfort tip. */
export function DoneScreen() {
  const app = useApp();
  const feedback = createFeedback({ save: (answers) => app.saveFeedback(answers) });
  const tip = () => {
    const stopped = app.summary()?.exercises.some((e) => e.stoppedForPain) ?? false;
    const hard = stopped || feedback.effort() === 'too-hard' || (feedback.painAfter() ?? 0) >= HARD_PAIN_AFTER;
    const hotJoints = app.coach.today()?.hotJoints ?? [];
    return tipAfterSession({ profile: app.profile(), tier: app.routine()?.tier ?? 'green', hotJoints }, { hard });
  };
  return (
    <section class="stack" aria-labelledby="done-title">
      <Show when={app.summary()} fallback={<h1 id="done-title">{t('phase.finished')}</h1>}>
        {(summary) => (
          <>
            <h1 id="done-title">{t('summary.title')}</h1>
            <p>{t('summary.body', { minutes: formatDuration(summary().activeSeconds * 1000) })}</p>
            <Show when={!summary().completed}><p class="notice">{t('summary.endedEarly')}</p></Show>
            <Show when={app.storageError()}>{(reason) => <p class="notice warn" role="alert">{t('summary.saveFailed', { reason: reason() })}</p>}</Show>
            <Show when={app.sessionId()}><SessionFeedbackForm feedback={feedback} /></Show>
            <Show when={tip()}>
              {(chosen) => (
                <aside class="card comfort-tip" aria-labelledby="tip-title">
                  <h2 id="tip-title">{t('feedback.tip')}</h2>
                  <p>{t(`tip.${chosen().id}`)}</p>
                </aside>
              )}
            </Show>
            <ul class="summary-list">
              <For each={summary().exercises}>
                {(ex) => (
                  <li>
                    <div class="name">{ex.name}</div>
                    <div class="muted">
                      {ex.skipped ? t('summary.skipped') : ex.endedEarly && ex.secondsWorked === 0 ? t('summary.notReached')
                        : t('summary.done', { sets: ex.setsDone, planned: ex.setsPlanned, reps: ex.repsDone, seconds: ex.secondsWorked })}
                    </div>
                    <Show when={ex.stoppedForPain}><div class="stopped-for-pain">{t('summary.stoppedForPain')}</div></Show>
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
