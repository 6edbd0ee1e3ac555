/**
 * "Add Flarewise to your home screen": captures Chromium's beforeinstallprompt so the UI can offer
 * its own Install button, tracks appinstalled, and detects iOS Safari, where installing is a manual
 * Share → Add to Home Screen. Framework-free, like register.ts.
 */

/** Chromium's install prompt event (not in lib.dom). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

/** What the UI needs to decide whether to offer installing. */
export interface InstallState {
  /** The browser handed us a prompt: promptInstall() will show the native install dialog. */
  readonly canInstall: boolean;
  /** Running as an installed app, or installed during this visit. */
  readonly installed: boolean;
}

/** The result of promptInstall(). */
export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable';

/** The window features this module reads (tests pass a fake). */
export interface InstallWindow {
  addEventListener(type: string, listener: (event: Event) => void): void;
  matchMedia(query: string): { matches: boolean };
  readonly navigator: object;
}

/** True when the page runs as an installed app (display-mode query, or iOS navigator.standalone). */
export function isStandalone(win: InstallWindow = window): boolean {
  const modes = ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay'];
  // navigator.standalone exists only in iOS Safari (and is not in lib.dom).
  const iosStandalone = (win.navigator as { standalone?: unknown }).standalone === true;
  return iosStandalone || modes.some((mode) => win.matchMedia(`(display-mode: ${mode})`).matches);
}

/** True on an iPhone or iPad, including iPadOS, whose Safari reports itself as a Mac. */
export function isIos(userAgent: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** True in Safari on iOS/iPadOS, where the UI should show Share → Add to Home Screen steps. */
export function isIosSafari(
  userAgent: string = navigator.userAgent,
  maxTouchPoints: number = navigator.maxTouchPoints,
): boolean {
  return (
    isIos(userAgent, maxTouchPoints) &&
    /Safari\//.test(userAgent) &&
    !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\/|DuckDuckGo/.test(userAgent)
  );
}

/** Framework-free install controller bound to one window. */
export interface InstallController {
  getState(): InstallState;
  subscribe(listener: (state: InstallState) => void): () => void;
  promptInstall(): Promise<InstallOutcome>;
}

/** Starts listening on win for the install prompt and appinstalled (make*: not reactive). */
export function makeInstallController(win: InstallWindow): InstallController {
  let deferred: BeforeInstallPromptEvent | null = null;
  let state: InstallState = { canInstall: false, installed: isStandalone(win) };
  const listeners = new Set<(state: InstallState) => void>();
  const setState = (patch: Partial<InstallState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  win.addEventListener('beforeinstallprompt', (event) => {
    // Keep Chromium's mini-infobar away: we offer installing at a calm moment instead.
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    setState({ canInstall: true });
  });
  win.addEventListener('appinstalled', () => {
    deferred = null;
    setState({ canInstall: false, installed: true });
  });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    async promptInstall() {
      const event = deferred;
      if (!event) return 'unavailable';
      deferred = null; // a prompt event can be used only once
      setState({ canInstall: false });
      await event.prompt();
      const { outcome } = await event.userChoice;
      return outcome;
    },
  };
}

let controller: InstallController | null = null;

/** Starts capturing beforeinstallprompt; call once, early (src/pwa/boot.ts does). */
export function captureInstallPrompt(): void {
  controller ??= makeInstallController(window);
}

/** The current install state (nothing installable before captureInstallPrompt()). */
export function getInstallState(): InstallState {
  return controller?.getState() ?? { canInstall: false, installed: false };
}

/** Calls listener now and on every change; returns the unsubscribe function. */
export function subscribeInstall(listener: (state: InstallState) => void): () => void {
  captureInstallPrompt();
  return controller!.subscribe(listener);
}

/** Shows the browser's install dialog if it offered one; resolves with what the person chose. */
export function promptInstall(): Promise<InstallOutcome> {
  return controller?.promptInstall() ?? Promise.resolve('unavailable');
}
