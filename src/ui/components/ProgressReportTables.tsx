import { For, Show, type JSX } from 'solid-js';
import type { CareReport } from '../../engine/report/care-report';
import { PROFILE_FLAGS, type PrecautionProfile } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import { formatDay } from './progress-words';
import '../../i18n/en/library';
import '../../i18n/en/progress';

/** A titled report section with a table, or a "none" line when there are no rows. */
function Section<T>(props: { id: string; title: string; heads: string[]; rows: readonly T[]; row(item: T): JSX.Element }) {
  return (
    <section class="report-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Show when={props.rows.length > 0} fallback={<p class="muted">{t('report.none')}</p>}>
        <div class="table-wrap">
          <table class="data-table" aria-labelledby={props.id}>
            <thead><tr><For each={props.heads}>{(h) => <th scope="col">{h}</th>}</For></tr></thead>
            <tbody><For each={props.rows}>{(item) => props.row(item)}</For></tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

/** The report's clinical tables: flares, triage, pain stops, the programme and the precautions. */
export function ProgressReportTables(props: { report: CareReport; profile: PrecautionProfile }) {
  const day = (d: string) => formatDay(d, 'short');
  const flags = () => PROFILE_FLAGS.filter((f) => props.profile[f]);
  return (
    <>
      <Section id="report-flares" title={t('report.flares')} rows={props.report.flareDays}
        heads={[t('report.date'), t('report.flare'), t('report.tier'), t('report.pain'), t('report.fatigue')]}
        row={(f) => <tr><td>{day(f.day)}</td><td>{t(`progress.flare.${f.flare}`)}</td><td>{t(`progress.tier.${f.tier}`)}</td><td>{f.pain}</td><td>{f.fatigue}</td></tr>} />
      <Section id="report-triage" title={t('report.triage')} rows={props.report.triageEvents}
        heads={[t('report.date'), t('report.outcome'), t('report.reasons')]}
        row={(e) => <tr><td>{day(e.day)}</td><td>{t(`progress.triage.${e.outcome}`)}</td><td>{[...e.reasons, e.message].filter(Boolean).join(' · ')}</td></tr>} />
      <Section id="report-stopped" title={t('report.stopped')} rows={props.report.stoppedForPain}
        heads={[t('report.date'), t('session.routine'), t('report.exercise')]}
        row={(s) => <tr><td>{day(s.day)}</td><td>{s.routine}</td><td>{s.exercise}</td></tr>} />
      <Section id="report-programme" title={t('report.programme')} rows={props.report.routines}
        heads={[t('session.routine'), t('report.sessionsCount'), t('session.level'), t('report.tier')]}
        row={(r) => <tr><td>{r.name}</td><td>{r.sessions}</td><td>{r.lastLevel}</td><td>{t(`progress.tier.${r.lastTier}`)}</td></tr>} />
      <section class="report-section" aria-labelledby="report-precautions">
        <h2 id="report-precautions">{t('report.precautions')}</h2>
        <Show when={flags().length > 0} fallback={<p class="muted">{t('report.noPrecautions')}</p>}>
          <ul><For each={flags()}>{(f) => <li>{t(`profile.${f}`)}</li>}</For></ul>
        </Show>
      </section>
    </>
  );
}
