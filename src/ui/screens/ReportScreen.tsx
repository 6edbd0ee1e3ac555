import { createMemo, createSignal, onMount, Show } from 'solid-js';
import { buildCareReport } from '../../engine/report/care-report';
import { defaultReportRange, firstUseDay } from '../../engine/report/report-range';
import { isLocalDay } from '../../engine/calendar/local-day';
import { t } from '../../i18n/messages';
import { createStoredReport } from '../../state/stored-report';
import { useApp } from '../app-context';
import { reportWithShownNames } from '../components/shown-names';
import { ReportActivity } from '../components/ReportActivity';
import { ReportChart } from '../components/ReportChart';
import { ReportDetailsForm } from '../components/ReportDetailsForm';
import { ReportEvents } from '../components/ReportEvents';
import { ReportGlance, ReportHeader } from '../components/ReportGlance';
import { TopBar } from '../components/TopBar';
import { reportFile } from '../report-file';
import '../styles/progress.css';
import '../styles/report.css';
import '../../i18n/areas/progress';
import '../../i18n/areas/report';

/**
 * A report a clinician reads in a minute, over the person's own data: the last twelve weeks, or since they
 * began when that is shorter. Printed to one or two pages, or shared as a file where the device can.
 */
export function ReportScreen() {
  const app = useApp();
  const snapshot = () => app.progress.snapshot();
  onMount(() => app.progress.ensureCurrent());
  const stored = createStoredReport(app.dataDevice, () => snapshot().today, () => undefined);
  const defaults = createMemo(() => defaultReportRange(snapshot().today, firstUseDay(snapshot().sessions, snapshot().checkIns)));
  const [fromChoice, setFrom] = createSignal<string | null>(null);
  const [toChoice, setTo] = createSignal<string | null>(null);
  const from = () => fromChoice() ?? defaults().from;
  const to = () => toChoice() ?? defaults().to;
  const valid = () => isLocalDay(from()) && isLocalDay(to()) && from() <= to();
  const report = createMemo(() => (valid()
    ? reportWithShownNames(buildCareReport(snapshot().sessions, snapshot().checkIns, from(), to(), snapshot().goalPerWeek), app.library)
    : null));
  const [said, setSaid] = createSignal('');
  let article: HTMLElement | undefined;
  const share = async () => {
    if (!article) return;
    const file = reportFile(article, t('report.title'), `flarewise-report-${to()}.html`);
    const result = await stored.share(file);
    setSaid(result === 'shared' ? t('report.shared') : result === 'downloaded' ? t('report.downloaded', { file: file.fileName }) : '');
  };
  return (
    <section class="stack report" aria-labelledby="report-title">
      <div class="no-print report-controls">
        <TopBar title={t('report.title')} titleId="report-title" back="/history" backLabel={t('progress.nav.history')} />
        <p class="muted">{t('report.intro')}</p>
        <div class="report-range">
          <label class="text-field">{t('report.from')}<input type="date" value={from()} max={to()} onChange={(e) => setFrom(e.currentTarget.value)} /></label>
          <label class="text-field">{t('report.to')}<input type="date" value={to()} min={from()} max={snapshot().today} onChange={(e) => setTo(e.currentTarget.value)} /></label>
        </div>
        <ReportDetailsForm details={stored.details()} onSave={(details) => void stored.saveDetails(details)} />
        <div class="report-actions">
          <button type="button" class="button primary wide" disabled={!valid()} onClick={() => window.print()}>{t('report.print')}</button>
          <button type="button" class="button wide" disabled={!valid()} onClick={() => void share()}>{t('report.share')}</button>
        </div>
        <p class="muted" role="status">{said()}</p>
      </div>
      <Show when={app.progress.loaded()}>
        <Show when={report()} fallback={<p class="notice warn" role="alert">{t('report.badRange')}</p>}>
          {(r) => (
            <article class="report-body" aria-labelledby="report-heading" ref={article}>
              <ReportHeader report={r()} details={stored.details()} today={snapshot().today} />
              <ReportGlance report={r()} />
              <ReportChart days={r().daily} painStops={r().painStops.map((s) => s.day)} safety={r().triageEvents.map((e) => e.day)} />
              <ReportEvents report={r()} />
              <ReportActivity report={r()} profile={app.profile()} />
              <p class="muted small report-foot">{t('app.disclaimer')}</p>
            </article>
          )}
        </Show>
      </Show>
    </section>
  );
}
