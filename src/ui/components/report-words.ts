import type { SessionRow } from '../../engine/report/report-rows';
import type { ScoreStats } from '../../engine/report/report-days';
import { t } from '../../i18n/messages';
import { formatList, formatNumber } from '../../i18n/format';
import '../../i18n/areas/report';

type NotDone = SessionRow['notDone'][number];

/** A score's average and range: "3.4 (1–8)". */
export const statWords = (s: ScoreStats): string => t('report.glance.score', { mean: formatNumber(s.mean), min: formatNumber(s.min), max: formatNumber(s.max) });

/** One not-done exercise's name; a pain stop with the score that stopped it ("Bridge at 7/10"). */
const nameOf = (e: NotDone): string => (e.pain === undefined ? e.name : t('report.stoppedAt', { name: e.name, pain: e.pain }));

/** What was done in a session, in one line: "4 of 6 done; skipped: Bridge, Clamshell; stopped for pain: Knee rocks at 7/10". */
export function doneWords(row: SessionRow): string {
  const count = Object.values(row.counts).reduce((a, b) => a + b, 0);
  const head = row.counts.done === count ? t('report.done.all', { count }) : t('report.done.some', { done: row.counts.done, count });
  const groups = (['stopped-for-pain', 'partly', 'skipped'] as const).flatMap((outcome) => {
    const names = row.notDone.filter((e) => e.outcome === outcome).map(nameOf);
    return names.length === 0 ? [] : [t(`report.notDone.${outcome}`, { names: formatList(names) })];
  });
  return [head, ...groups].join('; ');
}
