import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { buildCareReport } from '../../engine/report/care-report';
import { addDays, isLocalDay } from '../../engine/calendar/local-day';
import { t } from '../../i18n/messages';
import { useApp } from '../app-context';
import { ProgressReportTables } from '../components/ProgressReportTables';
import { ProgressCharts } from '../components/ProgressTrends';
import { countsLine } from '../components/outcome-words';
import { formatDay } from '../components/progress-words';
import { TopBar } from '../components/TopBar';
import '../styles/progress.css';
import '../../i18n/en/progress';

/** A printable summary for the care team over a chosen date range (the last three months by default). */
export function ReportScreen() {
  const app = useApp();
  const snapshot = () => app.progress.snapshot();
  const [from, setFrom] = createSignal(addDays(snapshot().today, -90));
  const [to, setTo] = createSignal(snapshot().today);
  onMount(() => app.progress.ensureCurrent());
  const valid = () => isLocalDay(from()) && isLocalDay(to()) && from() <= to();
  const report = createMemo(() => (valid()
    ? buildCareReport(snapshot().sessions, snapshot().checkIns, from(), to(), snapshot().goalPerWeek)
    : null));
  const met = () => report()?.weeks.filter((w) => w.isGoalMet).length ?? 0;
  return (
    <section class="stack report" aria-labelledby="report-title">
      <div class="no-print">
        <TopBar title={t('report.title')} titleId="report-title" back="/history" backLabel={t('progress.nav.history')} />
        <p class="muted">{t('report.intro')}</p>
        <div class="report-range">
          <label class="text-field">{t('report.from')}<input type="date" value={from()} max={to()} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
          <label class="text-field">{t('report.to')}<input type="date" value={to()} min={from()} onInput={(e) => setTo(e.currentTarget.value)} /></label>
        </div>
        <button type="button" class="button primary wide" disabled={!valid()} onClick={() => window.print()}>{t('report.print')}</button>
      </div>
      <Show when={report()} fallback={<p class="notice warn" role="alert">{t('report.badRange')}</p>}>
        {(r) => (
          <article class="report-body" aria-labelledby="report-heading">
            <h2 id="report-heading" class="report-heading">{t('report.heading', { from: formatDay(r().from, 'short'), to: formatDay(r().to, 'short') })}</h2>
            <p class="muted small">{t('report.generated', { date: formatDay(snapshot().today, 'short') })}</p>
            <section class="report-section" aria-labelledby="report-adherence">
              <h2 id="report-adherence">{t('report.adherence')}</h2>
              <p>{t('report.careDays', { care: r().careDays, days: r().days, sessions: r().sessionDays, rest: r().restDays })}</p>
              <p>{t('report.goal', { goal: r().goalPerWeek, met: met(), weeks: r().weeks.length })}</p>
              <p>{t('report.exercises', { line: countsLine(r().exerciseOutcomes) })}</p>
              <div class="table-wrap">
                <table class="data-table">
                  <caption>{t('report.adherence')}</caption>
                  <thead><tr><th scope="col">{t('history.week')}</th><th scope="col">{t('report.sessionDays')}</th><th scope="col">{t('report.restDays')}</th><th scope="col">{t('history.series.minutes')}</th><th scope="col">{t('report.goalMet')}</th></tr></thead>
                  <tbody><For each={r().weeks}>{(w) => (
                    <tr><th scope="row">{formatDay(w.weekStart, 'short')}</th><td>{w.sessionDays}</td><td>{w.restDays}</td><td>{w.minutes}</td><td>{w.isGoalMet ? t('report.yes') : t('report.no')}</td></tr>
                  )}</For></tbody>
                </table>
              </div>
            </section>
            <section class="report-section" aria-labelledby="report-trends">
              <h2 id="report-trends">{t('report.trends')}</h2>
              <ProgressCharts idPrefix="report" points={r().weeks} />
              <div class="table-wrap">
                <table class="data-table">
                  <caption>{t('report.trends')}</caption>
                  <thead><tr><th scope="col">{t('history.week')}</th><th scope="col">{t('history.series.painBefore')}</th><th scope="col">{t('history.series.painAfter')}</th><th scope="col">{t('history.series.fatigue')}</th></tr></thead>
                  <tbody><For each={r().weeks}>{(w) => (
                    <tr><th scope="row">{formatDay(w.weekStart, 'short')}</th><td>{w.painBefore ?? t('history.noValue')}</td><td>{w.painAfter ?? t('history.noValue')}</td><td>{w.fatigue ?? t('history.noValue')}</td></tr>
                  )}</For></tbody>
                </table>
              </div>
            </section>
            <ProgressReportTables report={r()} profile={app.profile()} />
            <p class="muted small">{t('app.disclaimer')}</p>
          </article>
        )}
      </Show>
    </section>
  );
}
