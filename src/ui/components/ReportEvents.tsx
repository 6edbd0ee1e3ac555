import type { CareReport, TriageEvent } from '../../engine/report/care-report';
import { formatDay } from '../../i18n/dates';
import { t } from '../../i18n/messages';
import { ReportSection } from './ReportSection';
import '../../i18n/areas/progress';
import '../../i18n/areas/report';
import '../../i18n/areas/triage';

const day = (d: string) => formatDay(d, 'short');
const score = (pain: number | undefined) => (pain === undefined ? '–' : t('report.stopPain', { pain }));
const outcomeWords = (e: TriageEvent) => {
  const outcome = t(`progress.triage.${e.outcome}`);
  return e.corrected ? t('report.triage.corrected', { outcome }) : outcome;
};

/** What a clinician looks for first: every safety check result (corrected ones marked) and every pain stop with its score. */
export function ReportEvents(props: { report: CareReport }) {
  return (
    <>
      <ReportSection id="report-triage" title={t('report.triage')} rows={props.report.triageEvents}
        heads={[t('report.col.date'), t('report.col.outcome'), t('report.col.answers')]}
        cells={(e) => [day(e.day), outcomeWords(e), e.reasons.map((r) => t(`triage.short.${r}`)).join(' · ')]} />
      <ReportSection id="report-stopped" title={t('report.stopped')} rows={props.report.painStops}
        heads={[t('report.col.date'), t('report.col.exercise'), t('report.col.stopPain'), t('report.col.checkInPain'), t('report.col.routine')]}
        cells={(s) => [day(s.day), s.exercise, score(s.pain), score(s.checkInPain), s.routine]} />
    </>
  );
}
