import { For, Show } from 'solid-js';
import { painAdvice } from '../../engine/clinical/pain-limits';
import { needsAftercare } from '../../engine/clinical/pain-response';
import { isEmptySession } from '../../engine/session/empty-session';
import { HARD_PAIN_AFTER, tipAfterSession } from '../../engine/clinical/session-tip';
import { isCareSession } from '../../engine/clinical/care-credit';
import { formatDuration, t } from '../../i18n/messages';
import { formatList, formatNumber } from '../../i18n/format';
import { createFeedback } from '../../state/create-feedback';
import { useApp } from '../app-context';
import { outcomeLine, outcomeWord, workLine } from '../components/outcome-words';
import { PainAftercare } from '../components/PainAftercare';
import { SessionFeedbackForm } from '../components/SessionFeedbackForm';
import '../../i18n/areas/clinical';
import '../../i18n/areas/feedback';

/** After a session: what was done, truly and kindly; how it went; what to do now after a lot of pain; one comfort tip. */
export function DoneScreen() {
  const app = useApp();
  const feedback = createFeedback({ save: (answers) => app.saveFeedback(answers) });
  const stopped = () => app.summary()?.exercises.some((e) => e.outcome === 'stopped-for-pain') ?? false;
  const tip = () => {
    const hard = stopped() || feedback.effort() === 'too-hard' || (feedback.painAfter() ?? 0) >= HARD_PAIN_AFTER;
    const hotJoints = app.coach.today()?.hotJoints ?? [];
    return tipAfterSession({ profile: app.profile(), tier: app.routine()?.tier ?? 'green', hotJoints }, { hard });
  };
  const aftercare = () => {
    const limits = app.routine()?.pain;
    if (!limits || !needsAftercare(feedback.painAfter(), limits)) return undefined;
    return painAdvice({ raynauds: app.profile().raynauds, hotJoints: (app.coach.today()?.hotJoints.length ?? 0) > 0 });
  };
  return (
    <section class="stack" aria-labelledby="done-title">
      <Show when={app.summary()} fallback={<h1 id="done-title">{t('phase.finished')}</h1>}>
        {(summary) => (
          <Show when={app.sessionId() !== null || !isEmptySession(summary())}
            fallback={<><h1 id="done-title">{t('summary.emptyTitle')}</h1><p>{t('summary.notRecorded')}</p></>}>
            <h1 id="done-title">{isCareSession(summary().exercises) ? t('summary.caredTitle') : t('summary.notDoneTitle')}</h1>
            <p class="outcome-line">{outcomeLine(summary().exercises)}</p>
            <Show when={isCareSession(summary().exercises)} fallback={<p>{t('summary.notDoneBody')}</p>}>
              <p>{t('summary.body', { minutes: formatDuration(summary().activeSeconds * 1000) })}</p>
            </Show>
            <Show when={stopped()}><p class="notice">{t('summary.painStopBody')}</p></Show>
            <Show when={app.storageError()}>{(reason) => <p class="notice warn" role="alert">{t('summary.saveFailed', { reason: reason() })}</p>}</Show>
            <Show when={app.sessionId()}><SessionFeedbackForm feedback={feedback} /></Show>
            <Show when={aftercare()}>
              {(advice) => (
                <div class="card aftercare-card" role="note">
                  <p><strong>{t('aftercare.afterSession')}</strong></p>
                  <PainAftercare advice={advice()} emergencyNumber={app.coach.setup().emergencyNumber} headingId="aftercare-title" />
                </div>
              )}
            </Show>
            <Show when={!aftercare() && tip()}>
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
                    <div class={`outcome outcome-${ex.outcome}`}>{outcomeWord(ex.outcome)}</div>
                    <Show when={ex.secondsWorked > 0}>
                      <div class="muted">{workLine(ex, app.library.exercises.get(ex.exerciseId)?.category, app.library.exercises.get(ex.exerciseId)?.dose.holdSeconds !== undefined)}</div>
                    </Show>
                    <Show when={ex.painReports.length}><div>{t('summary.pain', { levels: formatList(ex.painReports.map((level) => formatNumber(level))) })}</div></Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <button type="button" class="button primary wide" onClick={() => app.router.go('/', { replace: true })}>{t('summary.home')}</button>
    </section>
  );
}
