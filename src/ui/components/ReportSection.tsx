import { For, Index, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/report';

/**
 * A titled report section with a table (the first cell of each row heads it), or a "none" line when there
 * are no rows. Each cell carries its column's name, so on a narrow screen a row can stand as a card.
 */
export function ReportSection<T>(props: {
  id: string; title: string; heads: string[]; rows: readonly T[]; cells(item: T): JSX.Element[]; class?: string;
}) {
  return (
    <section class={`report-section ${props.class ?? ''}`} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Show when={props.rows.length > 0} fallback={<p class="muted">{t('report.none')}</p>}>
        <table class="data-table report-table" aria-labelledby={props.id}>
          <thead><tr><For each={props.heads}>{(h) => <th scope="col">{h}</th>}</For></tr></thead>
          <tbody><For each={props.rows}>{(item) => (
            <tr><Index each={props.cells(item)}>{(cell, i) => (i === 0
              ? <th scope="row" data-label={props.heads[i]}>{cell()}</th>
              : <td data-label={props.heads[i]}>{cell()}</td>)}</Index></tr>
          )}</For></tbody>
        </table>
      </Show>
    </section>
  );
}
