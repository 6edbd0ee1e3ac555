import { Show } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/data';
import { formatBytes } from '../../i18n/format';
import type { PersistenceState } from '../../state/create-data';

/** Whether the browser keeps the data, how much room it uses, and the button that asks it to keep it. */
export function KeepDataCard(props: { state: PersistenceState | null; refused: boolean; onKeep(): void }) {
  const state = () => props.state;
  return (
    <section class="card data-card" aria-labelledby="keep-title">
      <h2 id="keep-title">{t('data.keep.title')}</h2>
      <Show when={state()}>
        {(s) => (
          <>
            <p class={s().persisted ? 'data-state kept' : 'data-state'} role="status">
              {s().persisted ? t('data.keep.yes') : s().supported ? t('data.keep.no') : t('data.keep.unsupported')}
            </p>
            <Show when={s().usageBytes !== null && s().quotaBytes !== null}>
              <p class="muted">{t('data.keep.usage', { used: formatBytes(s().usageBytes ?? 0), quota: formatBytes(s().quotaBytes ?? 0) })}</p>
            </Show>
            <Show when={s().supported && !s().persisted}>
              <button type="button" class="button primary wide" onClick={() => props.onKeep()}>{t('data.keep.action')}</button>
            </Show>
            <Show when={props.refused && !s().persisted}>
              <p class="muted" role="status">{t('data.keep.refused')}</p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
