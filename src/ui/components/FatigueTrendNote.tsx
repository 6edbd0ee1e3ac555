import { Show, createEffect, createSignal } from 'solid-js';
import { isFatigueRising, shouldTellFatigueTrend } from '../../engine/clinical/fatigue-trend';
import { t } from '../../i18n/messages';
import { useApp } from '../app-context';
import '../../i18n/areas/triage';

/**
 * Once, kindly: tiredness has risen on most days of the last two weeks, worth telling the rheumatology team
 * (README section 2, fatigue trend). Advice only; it never changes the plan. Told once, then quiet for four weeks.
 */
export function FatigueTrendNote(props: { today: string }) {
  const app = useApp();
  const [dismissed, setDismissed] = createSignal(false);
  const due = () => {
    const told = app.care.fatigueToldOn();
    return told !== null && shouldTellFatigueTrend(isFatigueRising(app.progress.snapshot().checkIns, props.today), told, props.today);
  };
  createEffect(() => {
    if (due() && app.care.fatigueToldOn() !== props.today) app.care.markFatigueTold(props.today);
  });
  return (
    <Show when={due() && !dismissed()}>
      <div class="notice" role="note">
        <p>{t('triage.fatigueTrend')}</p>
        <button type="button" class="button quiet" onClick={() => setDismissed(true)}>{t('triage.fatigueTrend.ok')}</button>
      </div>
    </Show>
  );
}
