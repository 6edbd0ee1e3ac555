import { For, onMount, Show } from 'solid-js';
import type { StoredSession } from '../../engine/records/session-record';
import { t } from '../../i18n/messages';
import { formatList, formatNumber } from '../../i18n/format';
import { useApp } from '../app-context';
import { outcomeLine, outcomeWord, workLine } from '../components/outcome-words';
import { formatDay } from '../../i18n/dates';
import { SessionNote } from '../components/SessionNote';
import { exerciseNameOf, routineNameOf } from '../components/shown-names';
import { TopBar } from '../components/TopBar';
import '../styles/progress.css';
import '../../i18n/areas/progress';
import '../../i18n/areas/feedback';

/** One past session: when, what, at which tier and level, and what happened to each exercise. */
export function SessionDetailScreen(props: { id: string }) {
  const app = useApp();
  const session = () => app.progress.snapshot().sessions.find((s) => s.id === props.id);
  const routineName = (s: StoredSession) => routineNameOf(app.library, s.routineId, s.routineName);
  onMount(() => app.progress.ensureCurrent());
  // Deleted at once, with Undo on the history screen: no "are you sure?" for a tired thumb to read.
  const remove = (session: StoredSession) => app.history.remove(session).then(() => app.router.go('/history', { replace: true }), () => undefined);
  return (
    <section class="stack" aria-labelledby="session-title">
      <TopBar title={session() ? routineName(session() as StoredSession) : t('session.title')} titleId="session-title" back="/history" backLabel={t('progress.nav.history')} />
      <Show when={session()} fallback={<Show when={app.progress.loaded()}><p class="notice">{t('session.notFound')}</p></Show>}>
        {(s) => (
          <>
            <dl class="facts card">
              <div><dt>{t('session.date')}</dt><dd>{formatDay(s().day, 'long')}</dd></div>
              <div><dt>{t('session.routine')}</dt><dd>{routineName(s())}</dd></div>
              <div><dt>{t('session.tier')}</dt><dd>{t(`progress.tier.${s().tier}`)}</dd></div>
              <div><dt>{t('session.level')}</dt><dd>{s().level}</dd></div>
              <div><dt>{t('session.exercisesDone')}</dt><dd>{outcomeLine(s().exercises)}</dd></div>
              <div><dt>{t('session.minutes')}</dt><dd>{t('session.minutesValue', { minutes: Math.round(s().activeSeconds / 60) })}</dd></div>
              <div><dt>{t('session.effort')}</dt><dd>{s().effort ? t(`progress.effort.${s().effort ?? 'about-right'}`) : t('session.notRated')}</dd></div>
              <div><dt>{t('session.painAfter')}</dt><dd>{s().painAfter === undefined ? t('session.notRated') : t('session.painValue', { pain: s().painAfter ?? 0 })}</dd></div>
            </dl>
            <Show when={s().finishLater}><p class="notice">{t('outcome.finishLater')}</p></Show>
            <h2 id="exercises-title">{t('session.exercises')}</h2>
            <ul class="summary-list" aria-labelledby="exercises-title">
              <For each={s().exercises}>{(ex) => {
                return (
                  <li>
                    <div class="name">{exerciseNameOf(app.library, ex.exerciseId, ex.name)}</div>
                    <div class={`outcome outcome-${ex.outcome}`}>{outcomeWord(ex.outcome)}</div>
                    <Show when={ex.secondsWorked > 0}>
                      <div class="muted">{workLine({ setsDone: ex.setsDone, setsPlanned: ex.setsPlanned, repsDone: ex.repsDone }, app.library.exercises.get(ex.exerciseId)?.category, app.library.exercises.get(ex.exerciseId)?.dose.holdSeconds !== undefined)}</div>
                    </Show>
                    <Show when={ex.painReports.length}><div>{t('session.painReports', { levels: formatList(ex.painReports.map((level) => formatNumber(level))) })}</div></Show>
                  </li>
                );
              }}</For>
            </ul>
            <Show when={app.storageError()}>{(reason) => <p class="notice warn" role="alert">{t('home.storageProblem', { reason: reason() })}</p>}</Show>
            <SessionNote note={s().note} onSave={(note) => app.history.annotate(s().id, note)} />
            <button type="button" class="button quiet wide warn-text" onClick={() => void remove(s())}>{t('session.delete')}</button>
          </>
        )}
      </Show>
    </section>
  );
}
