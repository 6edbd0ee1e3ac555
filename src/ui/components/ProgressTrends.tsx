import { createMemo, createSignal, For } from 'solid-js';
import { RANGE_WEEKS, weeklySeries, type ChartRange, type WeekPoint } from '../../engine/progress/history-stats';
import type { ProgressSnapshot } from '../../state/create-progress';
import { t } from '../../i18n/messages';
import { ProgressChart } from './ProgressChart';
import { formatDay } from '../../i18n/dates';
import '../../i18n/areas/progress';

const RANGES = Object.keys(RANGE_WEEKS) as ChartRange[];

/** The largest of the values rounded up to a tidy axis top (at least 10). */
function niceMax(values: readonly number[]): number {
  const top = Math.max(10, ...values);
  const step = top <= 60 ? 10 : top <= 300 ? 50 : 100;
  return Math.ceil(top / step) * step;
}

/** Pain, fatigue and minutes charts of one week's points each; `alwaysTable` prints the tables too. */
export function ProgressCharts(props: { idPrefix: string; points: readonly WeekPoint[]; alwaysTable?: boolean }) {
  const labels = () => props.points.map((p) => formatDay(p.weekStart, 'dayMonth'));
  return (
    <>
      <ProgressChart id={`${props.idPrefix}-pain`} title={t('history.chart.pain')} labels={labels()} max={10} alwaysTable={props.alwaysTable ?? false}
        series={[
          { name: t('history.series.painBefore'), kind: 'bar', values: props.points.map((p) => p.painBefore), cls: 'series-before' },
          { name: t('history.series.painAfter'), kind: 'line', values: props.points.map((p) => p.painAfter), cls: 'series-after' },
        ]} />
      <ProgressChart id={`${props.idPrefix}-fatigue`} title={t('history.chart.fatigue')} labels={labels()} max={10} alwaysTable={props.alwaysTable ?? false}
        series={[{ name: t('history.series.fatigue'), kind: 'line', values: props.points.map((p) => p.fatigue), cls: 'series-fatigue' }]} />
      <ProgressChart id={`${props.idPrefix}-minutes`} title={t('history.chart.minutes')} labels={labels()} alwaysTable={props.alwaysTable ?? false}
        max={niceMax(props.points.map((p) => p.minutes))}
        series={[{ name: t('history.series.minutes'), kind: 'bar', values: props.points.map((p) => p.minutes), cls: 'series-minutes' }]} />
    </>
  );
}

/** The trends card: a 4 weeks / 3 months / year switch over the three charts. */
export function ProgressTrends(props: { progress: ProgressSnapshot }) {
  const [range, setRange] = createSignal<ChartRange>('4w');
  const points = createMemo(() => weeklySeries(props.progress.sessions, props.progress.checkIns, props.progress.today, range()));
  return (
    <section class="card" aria-labelledby="trends-title">
      <h2 id="trends-title">{t('history.charts')}</h2>
      <div class="segmented" role="group" aria-label={t('history.range')}>
        <For each={RANGES}>{(r) => (
          <button type="button" class="segment" aria-pressed={range() === r} onClick={() => setRange(r)}>{t(`history.range.${r}`)}</button>
        )}</For>
      </div>
      <ProgressCharts idPrefix="trend" points={points()} />
    </section>
  );
}
