import { Match, Show, Switch, createSignal } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/data';
import type { EraseStep } from '../../state/create-data';
import { describeCounts } from '../../state/data-words';
import type { BackupStore } from '../../engine/records/backup';

/** "Delete all my data": names what will go and asks for DELETE to be typed before it deletes. */
export function EraseCard(props: { counts: Record<BackupStore, number> | null; step: EraseStep; onErase(): void }) {
  const [asking, setAsking] = createSignal(false);
  const [typed, setTyped] = createSignal('');
  const confirmed = () => typed().trim().toUpperCase() === t('data.erase.word');
  const question = () => {
    const counts = props.counts ?? { sessions: 0, checkIns: 0, customRoutines: 0 };
    const any = counts.sessions + counts.checkIns + counts.customRoutines > 0;
    return any ? t('data.erase.confirm', { list: describeCounts(counts, ['sessions', 'checkIns', 'customRoutines']) }) : t('data.erase.confirmFew');
  };
  return (
    <section class="card data-card" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('data.erase.title')}</h2>
      <p>{t('data.erase.why')}</p>
      <Show when={asking()} fallback={
        <button type="button" class="button warn wide" onClick={() => setAsking(true)}>{t('data.erase.action')}</button>
      }>
        <div class="notice warn data-confirm" role="alertdialog" aria-labelledby="erase-question">
          <p id="erase-question">{question()}</p>
          <label class="data-type">
            <span>{t('data.erase.typeLabel')}</span>
            <input type="text" autocomplete="off" autocapitalize="characters" spellcheck={false} value={typed()}
              onInput={(e) => setTyped(e.currentTarget.value)} />
          </label>
          <button type="button" class="button warn wide" disabled={!confirmed() || props.step.step === 'working'}
            onClick={() => props.onErase()}>{t('data.erase.yes')}</button>
          <button type="button" class="button quiet wide" ref={(el) => queueMicrotask(() => el.focus())}
            onClick={() => { setAsking(false); setTyped(''); }}>{t('data.erase.no')}</button>
          <Switch>
            <Match when={props.step.step === 'working'}><p role="status">{t('data.erase.working')}</p></Match>
            <Match when={props.step.step === 'blocked'}><p role="alert">{t('data.erase.blocked')}</p></Match>
            <Match when={props.step.step === 'failed' ? props.step : undefined}>
              {(failed) => <p role="alert">{t('data.erase.failed', { reason: failed().reason })}</p>}
            </Match>
          </Switch>
        </div>
      </Show>
    </section>
  );
}
