import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { isIosSafari, promptInstall, subscribeInstall, type InstallState } from '../pwa/install';
import { applyUpdate, dismissOfflineReady, subscribePwa, type PwaState } from '../pwa/register';

/** The service worker and install state as signals, with the actions the banners offer. */
export interface PwaSignals {
  pwa: Accessor<PwaState>;
  install: Accessor<InstallState>;
  showIosInstructions: boolean;
  install$: () => Promise<void>;
  update(sessionPlaying: boolean): boolean;
  dismissOfflineReady(): void;
}

/** Wraps src/pwa's framework-free subscriptions for Solid. */
export function createPwaState(): PwaSignals {
  const [pwa, setPwa] = createSignal<PwaState>({ offlineReady: false, updateReady: false });
  const [install, setInstall] = createSignal<InstallState>({ canInstall: false, installed: false });
  onCleanup(subscribePwa(setPwa));
  onCleanup(subscribeInstall(setInstall));
  return {
    pwa,
    install,
    showIosInstructions: isIosSafari(),
    install$: async () => void (await promptInstall()),
    update: (sessionPlaying) => applyUpdate({ sessionPlaying }),
    dismissOfflineReady,
  };
}
