import { For, Show } from 'solid-js';
import type { PrecautionProfile } from '../../engine/clinical/check-in-types';
import { PROFILE_FLAGS } from '../../engine/clinical/check-in-types';
import type { CareReport } from '../../engine/report/care-report';
import { formatDay } from '../../i18n/dates';
import { t } from '../../i18n/messages';
import { formatNumber } from '../../i18n/format';
import { doneWords } from './report-words';
import { profileFlagWords } from './profile-words';
import { ReportSection } from './ReportSection';
import '../../i18n/areas/library';
import '../../i18n/areas/progress';
import '../../i18n/areas/report';

const day = (d: string) => formatDay(d, 'short');
const score = (v: number | null) => (v === null ? '–' : formatNumber(v));

/** The weeks, every session with what was done and skipped, the flare days, the routines and the precautions. */
export function ReportActivity(props: { report: CareReport; profile: PrecautionProfile }) {
  const flags = () => PROFILE_FLAGS.filter((f) => props.profile[f]);
  return (
    <>
      <ReportSection id="report-weeks" title={t('report.weeks')} rows={props.report.weeks}
        heads={[t('report.col.week'), t('report.col.sessionDays'), t('report.col.restDays'), t('report.col.minutes'), t('report.col.goalMet'), t('report.col.pain'), t('report.col.fatigue')]}
        cells={(w) => [day(w.weekStart), w.sessionDays, w.restDays, w.minutes, w.isGoalMet ? t('report.yes') : t('report.no'), score(w.painBefore), score(w.fatigue)]} />
      <section class="report-section" aria-labelledby="report-flares">
        <h2 id="report-flares">{t('report.flares')}</h2>
        <p>{props.report.flareDays.length === 0 ? t('report.none') : props.report.flareDays.map((f) => t('report.flareItem', {
          date: day(f.day), flare: t(`progress.flare.${f.flare}`).toLowerCase(), pain: f.pain, fatigue: f.fatigue,
        })).join('; ')}</p>
      </section>
      <ReportSection id="report-sessions" title={t('report.sessions')} rows={props.report.sessions} class="report-sessions"
        heads={[t('report.col.date'), t('report.col.routine'), t('report.col.day'), t('report.col.minutes'), t('report.col.done'), t('report.col.painAfter')]}
        cells={(s) => [
          day(s.day), s.routine, t(`progress.tier.${s.tier}`), s.minutes,
          <>{doneWords(s)}<Show when={s.note}>{(note) => <span class="report-note">{t('report.note', { note: note() })}</span>}</Show></>,
          s.painAfter === undefined ? '–' : t('report.stopPain', { pain: s.painAfter }),
        ]} />
      <ReportSection id="report-programme" title={t('report.programme')} rows={props.report.routines}
        heads={[t('report.col.routine'), t('report.col.sessionsCount'), t('report.col.level'), t('report.col.lastDay')]}
        cells={(r) => [r.name, r.sessions, r.lastLevel, t(`progress.tier.${r.lastTier}`)]} />
      <section class="report-section" aria-labelledby="report-precautions">
        <h2 id="report-precautions">{t('report.precautions')}</h2>
        <Show when={flags().length > 0} fallback={<p>{t('report.noPrecautions')}</p>}>
          <ul class="report-flags"><For each={flags()}>{(f) => (
            <li>{profileFlagWords(f)}<Show when={f === 'hipReplacement'}>{' · '}{t(`profile.hipReplacementApproach.${props.profile.hipReplacementApproach}`)}</Show></li>
          )}</For></ul>
        </Show>
      </section>
    </>
  );
}
