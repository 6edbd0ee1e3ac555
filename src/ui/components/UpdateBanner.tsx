import { Show } from 'solid-js';
import { t } from '../../i18n/messages';

/** "A new version is ready" with an Update button; the caller shows it only when no session plays. */
export function UpdateBanner(props: { visible: boolean; onUpdate: () => void }) {
  return (
    <Show when={props.visible}>
      <div class="notice row" role="status">
        <span>{t('pwa.updateReady')}</span>
        <button type="button" class="button primary" onClick={() => props.onUpdate()}>{t('pwa.update')}</button>
      </div>
    </Show>
  );
}

/** A one-time note that the app now works without a connection. */
export function OfflineReadyNotice(props: { visible: boolean; onDismiss: () => void }) {
  return (
    <Show when={props.visible}>
      <div class="notice row" role="status">
        <span>{t('pwa.offlineReady')}</span>
        <button type="button" class="button quiet" onClick={() => props.onDismiss()}>{t('pwa.ok')}</button>
      </div>
    </Show>
  );
}
