import { createSignal, For } from 'solid-js';
import { calendarMonth, shiftMonth, type DayKind } from '../../engine/progress/history-stats';
import { addDays, type LocalDay } from '../../engine/calendar/local-day';
import { t } from '../../i18n/messages';
import { formatDay } from '../../i18n/dates';
import '../../i18n/areas/progress';

const KINDS: readonly DayKind[] = ['session', 'rest', 'empty'];
// 2024-01-01 was a Monday: seven days from it give the weekday headings, Monday first.
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => addDays('2024-01-01', i));

/** A month of care days with previous/next, each day labelled in words and marked by shape, not colour alone. */
export function ProgressCalendar(props: { careDays: ReadonlyMap<LocalDay, 'session' | 'rest'>; today: LocalDay }) {
  const [month, setMonth] = createSignal(props.today.slice(0, 7));
  const view = () => calendarMonth(month(), props.careDays, props.today);
  const rows = () => {
    const cells: (ReturnType<typeof view>['cells'][number] | null)[] = [...Array<null>(view().leadingBlanks).fill(null), ...view().cells];
    while (cells.length % 7 !== 0) cells.push(null);
    return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  };
  const label = (day: LocalDay, kind: DayKind, isToday: boolean) =>
    t('history.cell', { date: formatDay(day, 'weekday'), kind: t(`history.kind.${kind}`) }) + (isToday ? `, ${t('history.today')}` : '');
  return (
    <section class="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('history.calendar')}</h2>
      <div class="cal-nav">
        <button type="button" class="button quiet" aria-label={t('history.prevMonth')} onClick={() => setMonth((m) => shiftMonth(m, -1))}>←</button>
        <p class="cal-month" aria-live="polite">{formatDay(`${month()}-01`, 'month')}</p>
        <button type="button" class="button quiet" aria-label={t('history.nextMonth')} disabled={month() >= props.today.slice(0, 7)}
          onClick={() => setMonth((m) => shiftMonth(m, 1))}>→</button>
      </div>
      <table class="cal">
        <caption class="visually-hidden">{formatDay(`${month()}-01`, 'month')}</caption>
        <thead><tr><For each={WEEKDAYS}>{(d) => <th scope="col" abbr={formatDay(d, 'weekdayName')}>{formatDay(d, 'weekdayName').slice(0, 2)}</th>}</For></tr></thead>
        <tbody>
          <For each={rows()}>{(row) => (
            <tr><For each={row}>{(c) => (c ? (
                <td class={`cal-day kind-${c.kind}`} classList={{ today: c.isToday }}>
                  <span class="cal-mark" aria-hidden="true">{Number(c.day.slice(8))}</span>
                  <span class="visually-hidden">{label(c.day, c.kind, c.isToday)}</span>
                </td>
              ) : <td class="cal-blank" />)}</For></tr>
          )}</For>
        </tbody>
      </table>
      <ul class="cal-legend" aria-label={t('history.legend')}>
        <For each={KINDS}>{(kind) => <li><span class={`cal-key kind-${kind}`} aria-hidden="true" />{t(`history.kind.${kind}`)}</li>}</For>
      </ul>
    </section>
  );
}
