import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { isIosSafari, promptInstall, subscribeInstall, type InstallState } from '../pwa/install';
import type { PwaState } from '../pwa/register';

/** The service worker and install state as signals, with the actions the banners offer. */
export interface PwaSignals {
  pwa: Accessor<PwaState>;
  install: Accessor<InstallState>;
  showIosInstructions: boolean;
  install$: () => Promise<void>;
  update(sessionPlaying: boolean): void;
  dismissOfflineReady(): void;
}

// workbox-window loads after the first screen (see src/pwa/boot.ts); these wait for it.
const register = () => import('../pwa/register');

/** Wraps src/pwa's framework-free subscriptions for Solid. */
export function createPwaState(): PwaSignals {
  const [pwa, setPwa] = createSignal<PwaState>({ offlineReady: false, updateReady: false });
  const [install, setInstall] = createSignal<InstallState>({ canInstall: false, installed: false });
  let unsubscribe = () => {};
  void register().then((m) => { unsubscribe = m.subscribePwa(setPwa); });
  onCleanup(() => unsubscribe());
  onCleanup(subscribeInstall(setInstall));
  return {
    pwa,
    install,
    showIosInstructions: isIosSafari(),
    install$: async () => void (await promptInstall()),
    update: (sessionPlaying) => void register().then((m) => m.applyUpdate({ sessionPlaying })),
    dismissOfflineReady: () => void register().then((m) => m.dismissOfflineReady()),
  };
}
