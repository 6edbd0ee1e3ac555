import { createSignal, For, Index, Show } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/progress';

/** One series of a chart: bars or a line with square markers, coloured by its class. */
export interface ChartSeries {
  name: string;
  kind: 'bar' | 'line';
  values: readonly (number | null)[];
  cls: string;
}

const W = 320;
const H = 150;
const LEFT = 26;
const BOTTOM = 20;
const TOP = 8;

/** A small inline-SVG chart with a legend and a "Show as table" alternative; no chart library. */
export function ProgressChart(props: { id: string; title: string; labels: readonly string[]; series: readonly ChartSeries[]; max: number; alwaysTable?: boolean }) {
  const [asTable, setAsTable] = createSignal(false);
  const slot = () => (W - LEFT) / Math.max(1, props.labels.length);
  const x = (i: number) => LEFT + slot() * (i + 0.5);
  const y = (v: number) => H - BOTTOM - ((H - BOTTOM - TOP) * Math.min(v, props.max)) / props.max;
  const segments = (values: readonly (number | null)[]) => {
    const runs: string[][] = [[]];
    values.forEach((v, i) => (v === null ? runs.push([]) : runs[runs.length - 1]?.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`)));
    return runs.filter((r) => r.length > 0).map((r) => r.join(' '));
  };
  const marker = () => Math.min(6, Math.max(3, slot() * 0.5));
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`} class="chart-title">{props.title}</figcaption>
      <svg class="chart-svg" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
        <For each={[0, props.max / 2, props.max]}>{(v) => (
          <>
            <line class="chart-grid" x1={LEFT} x2={W} y1={y(v)} y2={y(v)} />
            <text class="chart-axis" x={LEFT - 4} y={y(v) + 4} text-anchor="end">{Math.round(v)}</text>
          </>
        )}</For>
        <For each={props.series}>{(s) => (s.kind === 'bar' ? (
          <Index each={s.values}>{(v, i) => (v() === null ? null : (
            <rect class={`chart-bar ${s.cls}`} x={x(i) - slot() * 0.35} width={slot() * 0.7} y={y(v() ?? 0)} height={H - BOTTOM - y(v() ?? 0)} />
          ))}</Index>
        ) : (
          <>
            <For each={segments(s.values)}>{(points) => <polyline class={`chart-line ${s.cls}`} points={points} />}</For>
            <Index each={s.values}>{(v, i) => (v() === null ? null : (
              <rect class={`chart-marker ${s.cls}`} x={x(i) - marker() / 2} y={y(v() ?? 0) - marker() / 2} width={marker()} height={marker()} />
            ))}</Index>
          </>
        ))}</For>
        <text class="chart-axis" x={LEFT} y={H - 4}>{props.labels[0] ?? ''}</text>
        <text class="chart-axis" x={W} y={H - 4} text-anchor="end">{props.labels[props.labels.length - 1] ?? ''}</text>
      </svg>
      <ul class="chart-legend">
        <For each={props.series}>{(s) => <li><span class={`chart-key key-${s.kind} ${s.cls}`} aria-hidden="true" />{s.name}</li>}</For>
      </ul>
      <Show when={!props.alwaysTable}><button type="button" class="button quiet small chart-toggle" aria-expanded={asTable()} aria-controls={`${props.id}-table`}
        onClick={() => setAsTable((v) => !v)}>{asTable() ? t('history.hideTable') : t('history.showTable')}</button></Show>
      <Show when={asTable() || props.alwaysTable}>
        <div class="table-wrap">
          <table id={`${props.id}-table`} class="data-table">
            <caption>{props.title}</caption>
            <thead><tr><th scope="col">{t('history.week')}</th><For each={props.series}>{(s) => <th scope="col">{s.name}</th>}</For></tr></thead>
            <tbody>
              <Index each={props.labels}>{(label, i) => (
                <tr><th scope="row">{label()}</th><For each={props.series}>{(s) => <td>{s.values[i] ?? t('history.noValue')}</td>}</For></tr>
              )}</Index>
            </tbody>
          </table>
        </div>
      </Show>
    </figure>
  );
}
