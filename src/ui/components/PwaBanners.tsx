import type { PwaSignals } from '../../state/create-pwa-state';
import { InstallCard } from './InstallCard';
import { OfflineReadyNotice, UpdateBanner } from './UpdateBanner';

/** The update and offline-ready notices; an update reloads the page, so never while a session is open. */
export function PwaNotices(props: { pwa: PwaSignals; sessionActive: boolean }) {
  return (
    <>
      <UpdateBanner visible={props.pwa.pwa().updateReady && !props.sessionActive} onUpdate={() => props.pwa.update(props.sessionActive)} />
      <OfflineReadyNotice visible={props.pwa.pwa().offlineReady && !props.sessionActive} onDismiss={props.pwa.dismissOfflineReady} />
    </>
  );
}

/** The install offer, at the foot of the home screen. */
export function PwaInstall(props: { pwa: PwaSignals }) {
  return (
    <InstallCard canInstall={props.pwa.install().canInstall} installed={props.pwa.install().installed}
      ios={props.pwa.showIosInstructions} onInstall={() => void props.pwa.install$()} />
  );
}
