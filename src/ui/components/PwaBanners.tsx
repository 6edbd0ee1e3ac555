import { Show } from 'solid-js';
import { t } from '../../i18n/messages';
import type { PwaSignals } from '../../state/create-pwa-state';
import { InstallCard } from './InstallCard';

/** One floating notice: a sentence and one button (primary for an action, quiet for a dismissal). */
function PwaNotice(props: { visible: boolean; text: string; button: string; primary?: boolean; onPress: () => void }) {
  return (
    <Show when={props.visible}>
      <div class="notice row" role="status">
        <span>{props.text}</span>
        <button type="button" class={props.primary ? 'button primary' : 'button quiet'} onClick={() => props.onPress()}>{props.button}</button>
      </div>
    </Show>
  );
}

/** "A new version is ready" (Update), floating at the foot; an update reloads the page, so never while a session is open. */
export function PwaNotices(props: { pwa: PwaSignals; sessionActive: boolean }) {
  return (
    <PwaNotice visible={props.pwa.pwa().updateReady && !props.sessionActive} text={t('pwa.updateReady')} button={t('pwa.update')}
      primary onPress={() => props.pwa.update(props.sessionActive)} />
  );
}

/**
 * The one-time "ready to work offline" note, in the page's flow at its foot: it takes its own space, so it
 * covers nothing, and it goes away by itself (src/pwa/register.ts).
 */
export function PwaOfflineNote(props: { pwa: PwaSignals; sessionActive: boolean }) {
  return (
    <div role="status">
      <Show when={props.pwa.pwa().offlineReady && !props.sessionActive}>
        <p class="notice offline-note">{t('pwa.offlineReady')}</p>
      </Show>
    </div>
  );
}

/** The install offer, at the foot of the home screen. */
export function PwaInstall(props: { pwa: PwaSignals }) {
  return (
    <InstallCard canInstall={props.pwa.install().canInstall} installed={props.pwa.install().installed}
      ios={props.pwa.showIosInstructions} onInstall={() => void props.pwa.install$()} />
  );
}
