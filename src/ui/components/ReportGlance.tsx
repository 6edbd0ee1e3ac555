import { Show } from 'solid-js';
import type { CareReport } from '../../engine/report/care-report';
import type { ReportDetails } from '../../engine/report/report-details';
import { formatDay } from '../../i18n/dates';
import { t } from '../../i18n/messages';
import { statWords } from './report-words';
import '../../i18n/areas/report';

/** The report's head: who it is about, the dates it covers, when it was made, and what it is not. */
export function ReportHeader(props: { report: CareReport; details: ReportDetails; today: string }) {
  return (
    <header class="report-head">
      <h2 id="report-heading" class="report-heading">{t('report.heading', { from: formatDay(props.report.from), to: formatDay(props.report.to) })}</h2>
      <Show when={props.details.name || props.details.birthDate}>
        <p class="report-patient">
          <Show when={props.details.name}><span>{t('report.patient', { name: props.details.name })}</span></Show>
          <Show when={props.details.birthDate}><span>{t('report.born', { date: formatDay(props.details.birthDate || props.today) })}</span></Show>
        </p>
      </Show>
      <p class="muted small">{t('report.generated', { date: formatDay(props.today) })}</p>
    </header>
  );
}

/** The figures a clinician reads first, one line each. */
export function ReportGlance(props: { report: CareReport }) {
  const r = () => props.report;
  const met = () => r().weeks.filter((w) => w.isGoalMet).length;
  const count = (outcome: keyof CareReport['exerciseOutcomes']) => r().exerciseOutcomes[outcome];
  const scores = () => {
    const { pain, fatigue } = r().scores;
    return pain && fatigue ? t('report.glance.scoresValue', { pain: statWords(pain), fatigue: statWords(fatigue) }) : t('report.glance.scoresNone');
  };
  return (
    <section class="report-section" aria-labelledby="report-glance">
      <h2 id="report-glance">{t('report.glance')}</h2>
      <dl class="report-glance">
        <div><dt>{t('report.glance.careDays')}</dt><dd>{t('report.glance.careDaysValue', { care: r().careDays, days: r().days, sessions: r().sessionDays, rest: r().restDays })}</dd></div>
        <div><dt>{t('report.glance.goal')}</dt><dd>{t('report.glance.goalValue', { goal: r().goalPerWeek, met: met(), weeks: r().weeks.length })}</dd></div>
        <div><dt>{t('report.glance.sessions')}</dt><dd>{t('report.glance.sessionsValue', {
          sessions: r().sessions.length, done: count('done'), partly: count('partly'), skipped: count('skipped'), stopped: count('stopped-for-pain'),
        })}</dd></div>
        <div><dt>{t('report.glance.scores')}</dt><dd>{scores()}</dd></div>
        <div><dt>{t('report.glance.events')}</dt><dd>{t('report.glance.eventsValue', {
          events: r().triageEvents.length, stops: r().painStops.length, flares: r().flareDays.length,
        })}</dd></div>
      </dl>
    </section>
  );
}
