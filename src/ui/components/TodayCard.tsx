import { Show } from 'solid-js';
import type { StoredCheckIn } from '../../engine/records/check-in-record';
import { t } from '../../i18n/messages';
import { TierSummary } from './TierSummary';
import '../styles/coach.css';
import '../../i18n/areas/coach';

/** The home's "today" card: the check-in prompt, or today's tier with links to the plan and to change it. */
export function TodayCard(props: { checkIn: StoredCheckIn | undefined }) {
  return (
    <section class="card today-card" aria-labelledby="today-card-title">
      <Show when={props.checkIn} fallback={
        <>
          <h2 id="today-card-title">{t('today.checkIn')}</h2>
          <p class="muted">{t('today.checkInHint')}</p>
          <a class="button primary wide big" href="/check-in">{t('today.checkIn')}</a>
        </>
      }>
        {(checkIn) => (
          <>
            <h2 id="today-card-title">{t('today.title')}</h2>
            <TierSummary decision={checkIn().tier} />
            <a class="button primary wide" href="/today">{t('today.see')}</a>
            <a class="quiet-link" href="/check-in">{t('today.change')}</a>
          </>
        )}
      </Show>
    </section>
  );
}
