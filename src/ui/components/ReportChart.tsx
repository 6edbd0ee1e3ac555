import { createSignal, For, Index, Show } from 'solid-js';
import { dayOfWeek } from '../../engine/calendar/local-day';
import type { DayScores } from '../../engine/report/report-days';
import { formatDay } from '../../i18n/dates';
import { t } from '../../i18n/messages';
import '../../i18n/areas/report';

// Drawn at the width it is shown: a phone gets a taller chart with the same 12-unit text, so nothing shrinks to a smudge.
const NARROW = typeof window !== 'undefined' && window.matchMedia?.('(max-width: 40rem)').matches === true;
const W = NARROW ? 360 : 640;
const H = NARROW ? 200 : 180;
const LEFT = 30;
const RIGHT = 10;
const TOP = 18;
const BOTTOM = 22;

/** Points of one series as polylines, broken where a day has no score. */
function runs(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const out: string[][] = [[]];
  values.forEach((v, i) => (v === null ? out.push([]) : out[out.length - 1]?.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`)));
  return out.filter((r) => r.length > 0).map((r) => r.join(' '));
}

/**
 * Pain and fatigue at each day's check-in as an inline SVG that prints in black and white: pain a solid
 * line with square marks, fatigue a dashed line with round marks, flare days shaded, pain stops and
 * safety check results marked along the top. A table of the same
 * scores is a tap away on screen; a tick marks each Monday (it does not print: the chart and the weekly table carry it on paper).
 */
export function ReportChart(props: { days: readonly DayScores[]; painStops: readonly string[]; safety: readonly string[] }) {
  const [asTable, setAsTable] = createSignal(false);
  const slot = () => (W - LEFT - RIGHT) / Math.max(1, props.days.length);
  const x = (i: number) => LEFT + slot() * (i + 0.5);
  const y = (v: number) => H - BOTTOM - ((H - BOTTOM - TOP) * v) / 10;
  const mark = () => Math.min(5, Math.max(2.5, slot() * 0.6));
  const pain = () => props.days.map((d) => d.pain);
  const fatigue = () => props.days.map((d) => d.fatigue);
  const labelAt = (i: number) => formatDay(props.days[i]?.day ?? '1970-01-01', 'dayMonth');
  const checkedIn = () => props.days.filter((d) => d.pain !== null);
  const indexOf = (day: string) => props.days.findIndex((d) => d.day === day);
  const at = (days: readonly string[]) => [...new Set(days)].map(indexOf).filter((i) => i >= 0);
  return (
    <figure class="report-chart" aria-labelledby="report-chart-title">
      <figcaption id="report-chart-title" class="chart-title">{t('report.chart')}</figcaption>
      <svg class="report-chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('report.chart')}>
        <Index each={props.days}>{(d, i) => (d().flare ? <rect class="rc-flare" x={x(i) - slot() / 2} width={slot()} y={TOP} height={H - BOTTOM - TOP} /> : null)}</Index>
        <For each={[0, 5, 10]}>{(v) => (
          <>
            <line class="rc-grid" x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} />
            <text class="rc-axis" x={LEFT - 5} y={y(v) + 4} text-anchor="end">{v}</text>
          </>
        )}</For>
        <Index each={props.days}>{(d, i) => (dayOfWeek(d().day) === 1 ? <line class="rc-tick" x1={x(i) - slot() / 2} x2={x(i) - slot() / 2} y1={H - BOTTOM} y2={H - BOTTOM + 4} /> : null)}</Index>
        <For each={runs(fatigue(), x, y)}>{(points) => <polyline class="rc-line rc-fatigue" points={points} />}</For>
        <For each={runs(pain(), x, y)}>{(points) => <polyline class="rc-line rc-pain" points={points} />}</For>
        <Index each={fatigue()}>{(v, i) => (v() === null ? null : <circle class="rc-mark rc-fatigue" cx={x(i)} cy={y(v() ?? 0)} r={mark() / 2} />)}</Index>
        <Index each={pain()}>{(v, i) => (v() === null ? null : <rect class="rc-mark rc-pain" x={x(i) - mark() / 2} y={y(v() ?? 0) - mark() / 2} width={mark()} height={mark()} />)}</Index>
        <For each={at(props.painStops)}>{(i) => <polygon class="rc-stop" points={`${x(i) - 5},3 ${x(i) + 5},3 ${x(i)},12`} />}</For>
        <For each={at(props.safety)}>{(i) => <polygon class="rc-safety" points={`${x(i)},2 ${x(i) + 5},8 ${x(i)},14 ${x(i) - 5},8`} />}</For>
        <text class="rc-axis" x={LEFT} y={H - 6}>{labelAt(0)}</text>
        <text class="rc-axis" x={(LEFT + W - RIGHT) / 2} y={H - 6} text-anchor="middle">{labelAt(Math.floor((props.days.length - 1) / 2))}</text>
        <text class="rc-axis" x={W - RIGHT} y={H - 6} text-anchor="end">{labelAt(props.days.length - 1)}</text>
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        <li><span class="rc-key rc-pain" />{t('report.chart.pain')}</li>
        <li><span class="rc-key rc-fatigue" />{t('report.chart.fatigue')}</li>
        <li><span class="rc-key rc-flare" />{t('report.chart.flare')}</li>
        <li><svg class="rc-key-shape" viewBox="0 0 12 12"><polygon class="rc-stop" points="1,1 11,1 6,10" /></svg>{t('report.chart.stop')}</li>
        <li><svg class="rc-key-shape" viewBox="0 0 12 12"><polygon class="rc-safety" points="6,0 11,6 6,12 1,6" /></svg>{t('report.chart.safety')}</li>
      </ul>
      <button type="button" class="button quiet small chart-toggle no-print" aria-expanded={asTable()} aria-controls="report-chart-table"
        onClick={() => setAsTable((v) => !v)}>{asTable() ? t('report.chart.hideTable') : t('report.chart.showTable')}</button>
      <Show when={asTable()}>
        <div class="table-wrap no-print">
          <table id="report-chart-table" class="data-table">
            <caption>{t('report.chart')}</caption>
            <thead><tr><th scope="col">{t('report.col.date')}</th><th scope="col">{t('report.col.pain')}</th><th scope="col">{t('report.col.fatigue')}</th></tr></thead>
            <tbody><For each={checkedIn()}>{(d) => (
              <tr><th scope="row">{formatDay(d.day, 'short')}</th><td>{d.pain}</td><td>{d.fatigue}</td></tr>
            )}</For></tbody>
          </table>
        </div>
      </Show>
    </figure>
  );
}
