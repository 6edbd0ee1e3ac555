import { Show, createEffect, createMemo } from 'solid-js';
import type { Routine } from '../../engine/content/content-types';
import { isFlareProlonged } from '../../engine/clinical/tier';
import { soreAfterLastSession } from '../../engine/clinical/pain-limits';
import type { LevelChange, LevelReason } from '../../engine/clinical/progression';
import { t } from '../../i18n/messages';
import type { StoredCheckIn } from '../../engine/records/check-in-record';
import { offersSplitFirst, planForToday, suggestedRoutine, tipsForToday } from '../../state/today-plan';
import { useApp } from '../app-context';
import { ComfortTips, OtherRoutines, PlannedList } from '../components/TodayPlan';
import { FatigueTrendNote } from '../components/FatigueTrendNote';
import { SafetyStop } from '../components/SafetyStop';
import { TriageNote } from '../components/TriageNote';
import { SoreMorning } from '../components/SoreMorning';
import { TierSummary } from '../components/TierSummary';
import { TopBar } from '../components/TopBar';
import '../styles/coach.css';
import '../../i18n/areas/coach';
import '../../i18n/areas/feedback';

/** Today's plan: the tier and why, the routine fitted to today, what is left out and why, a tip, and Start. */
export function TodayScreen() {
  const app = useApp();
  const coach = app.coach;
  // No plan without today's check-in: ask for it first.
  createEffect(() => {
    if (coach.ready() && coach.today() === undefined) app.router.go('/check-in', { replace: true });
  });
  return (
    <Show when={coach.ready() && coach.today()}>
      {(checkIn) => (
        <Show when={!coach.isBlockedToday()} fallback={
          <SafetyStop triage={checkIn().triage} emergencyNumber={coach.setup().emergencyNumber} careTeam={app.care.careTeam()}
            onRedo={() => app.router.go('/check-in')} />
        }>
          <TodayPlan checkIn={checkIn()} />
        </Show>
      )}
    </Show>
  );
}

/** The reason worth saying before a session (a step or a restart), in one kind sentence; nothing when all is as before. */
function levelNews(change: LevelChange): LevelReason | undefined {
  return change.change === 'hold' && ['first-session', 'steady', 'same-morning'].includes(change.reason) ? undefined : change.reason;
}

function TodayPlan(props: { checkIn: StoredCheckIn }) {
  const app = useApp();
  const coach = app.coach;
  const hour = new Date(coach.clock().at).getHours();
  const routine = createMemo((): Routine | undefined => {
    const chosen = coach.chosen();
    const found = chosen === null ? undefined : app.findRoutine(chosen);
    return found ?? suggestedRoutine(app.library, props.checkIn, app.profile(), hour);
  });
  const plan = createMemo(() => {
    const r = routine();
    return r && planForToday(r, app.library, props.checkIn, app.profile(), app.levelFor(r.id).level);
  });
  const triage = () => props.checkIn.triage;
  const others = createMemo(() => [...app.library.routines.values(), ...app.customRoutines()]
    .filter((other) => other.id !== routine()?.id)
    .map((other) => ({ routine: other, plan: planForToday(other, app.library, props.checkIn, app.profile(), 0) })));
  const choose = (id: string) => {
    coach.choose(id);
    document.getElementById('today-title')?.focus();
    window.scrollTo(0, 0);
  };
  return (
    <section class="stack today" aria-labelledby="today-title">
      <TopBar title={t('today.title')} titleId="today-title" back="/" backLabel={t('nav.home')} />
      <div class="card">
        <TierSummary decision={props.checkIn.tier} />
        <a class="quiet-link" href="/check-in">{t('today.change')}</a>
      </div>
      <Show when={triage().outcome === 'see-doctor' || triage().outcome === 'caution'}>
        <TriageNote triage={triage()} />
      </Show>
      <Show when={soreAfterLastSession(app.progress.snapshot().sessions, app.progress.snapshot().checkIns, props.checkIn.date)}>
        {(pain) => <SoreMorning pain={pain()} />}
      </Show>
      <FatigueTrendNote today={props.checkIn.date} />
      <Show when={isFlareProlonged(coach.redDays(), props.checkIn.date)}>
        <p class="notice warn" role="note">{t('today.prolonged')}</p>
      </Show>
      <Show when={routine()}>
        {(r) => (
          <div class="card spaced" aria-labelledby="plan-title" role="region">
            <p class="muted small">{t('today.suggested')}</p>
            <h2 id="plan-title">{r().name}</h2>
            <p>{r().purpose}</p>
            <Show when={levelNews(app.levelFor(r().id))}>{(reason) => <p class="notice level-note">{t(`level.${reason()}`)}</p>}</Show>
            <Show when={plan()?.nothingSuitable} fallback={
              <>
                <PlannedList plan={plan()} library={app.library} />
                <Show when={offersSplitFirst(plan()?.tier ?? 'green', plan()?.items ?? [])} fallback={
                  <button type="button" class="button primary wide big" onClick={() => app.startRoutine(r().id)}>
                    {t('today.start', { name: r().name })}
                  </button>
                }>
                  <button type="button" class="button primary wide big" onClick={() => app.startRoutine(r().id, true)}>
                    {t('today.inParts')}
                  </button>
                  <p class="muted small">{t('today.inPartsHint')}</p>
                  <button type="button" class="button wide" onClick={() => app.startRoutine(r().id)}>{t('today.allNow')}</button>
                </Show>
              </>
            }>
              {(nothing) => (
                <>
                  <p class="notice">{t('today.nothingSuitable', { name: r().name })}</p>
                  <button type="button" class="button primary wide" onClick={() => choose(nothing().suggestion)}>{t('today.tryGentlest')}</button>
                </>
              )}
            </Show>
          </div>
        )}
      </Show>
      <ComfortTips tips={tipsForToday(app.library, props.checkIn, app.profile(), routine(), hour)} />
      <OtherRoutines entries={others()} onChoose={choose} />
      <p class="muted">{t('today.rest')}</p>
    </section>
  );
}
