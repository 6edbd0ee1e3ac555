import { createEffect, createSignal, For, onCleanup, Show } from 'solid-js';
import { buildReminderCalendar, type WeekdayCode } from '../../engine/calendar/ics';
import { t } from '../../i18n/messages';
import { formatList } from '../../i18n/format';
import { formatTimeOfDay } from '../../i18n/dates';
import { useApp } from '../app-context';
import { TopBar } from '../components/TopBar';
import '../styles/progress.css';
import '../../i18n/areas/progress';

const WEEK: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Back to where the reminders were opened from: settings, history, or else home. */
function backFrom(from: string | null): { href: string; label: string } {
  if (from === 'settings') return { href: '/settings', label: t('nav.settings') };
  if (from === 'history') return { href: '/history', label: t('progress.nav.history') };
  return { href: '/', label: t('nav.home') };
}

/** Reminders without a server: pick days and a time, download a repeating calendar event (.ics). */
export function RemindersScreen() {
  const app = useApp();
  const [days, setDays] = createSignal<readonly WeekdayCode[]>(['MO', 'WE', 'FR']);
  const [time, setTime] = createSignal('09:00');
  const [url, setUrl] = createSignal<string | null>(null);
  let current: string | null = null;
  const uid = `${crypto.randomUUID()}@flarewise.app`;
  const back = backFrom(new URLSearchParams(window.location.search).get('from'));
  const toggle = (day: WeekdayCode, on: boolean) => setDays((list) => (on ? [...list, day] : list.filter((d) => d !== day)));

  // A fresh blob: URL whenever the choice changes; the old one is released so it does not leak.
  createEffect(() => {
    const chosen = days();
    const at = /^\d{2}:\d{2}$/.test(time()) ? time() : '09:00';
    const text = chosen.length === 0 ? null : buildReminderCalendar({
      days: chosen, time: at, summary: t('reminders.summary'), description: t('reminders.description'),
      minutes: 15, uid, now: Date.now(), startDay: app.progress.snapshot().today,
    });
    if (current) URL.revokeObjectURL(current);
    current = text === null ? null : URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    setUrl(current);
  });
  onCleanup(() => { if (current) URL.revokeObjectURL(current); });

  const chosenWords = () => formatList(WEEK.filter((d) => days().includes(d)).map((d) => t(`progress.day.${d}`)));
  return (
    <section class="stack" aria-labelledby="reminders-title">
      <TopBar title={t('reminders.title')} titleId="reminders-title" back={back.href} backLabel={back.label} />
      <p>{t('reminders.intro')}</p>
      <fieldset class="card day-picker">
        <legend>{t('reminders.days')}</legend>
        <For each={WEEK}>{(day) => (
          <label class="field check-field">
            <input type="checkbox" checked={days().includes(day)} onChange={(e) => toggle(day, e.currentTarget.checked)} />
            <span>{t(`progress.day.${day}`)}</span>
          </label>
        )}</For>
      </fieldset>
      <label class="text-field">{t('reminders.time')}
        <input type="time" value={time()} onInput={(e) => setTime(e.currentTarget.value)} />
      </label>
      <p aria-live="polite">{days().length ? t('reminders.ready', { days: chosenWords(), time: formatTimeOfDay(time()) }) : t('reminders.pickDay')}</p>
      <Show when={url()}>
        {(href) => <a class="button primary wide" href={href()} download="flarewise-reminders.ics">{t('reminders.download')}</a>}
      </Show>
    </section>
  );
}
