/**
 * The whole service-worker lifecycle: register /sw.js (production only), report "ready to work
 * offline" and "update waiting", and apply an update only when the caller says no session plays.
 * Framework-free: the UI subscribes and renders; it never talks to workbox-window itself.
 */
/** What the service worker has told this page so far. */
export interface PwaState {
  /** The first install finished: every file is cached and the app now works offline. */
  readonly offlineReady: boolean;
  /** A new version is ready; call applyUpdate() when no session is playing. */
  readonly updateReady: boolean;
}

/** The lifecycle event fields of workbox-window we read. */
export interface LifecycleEvent {
  readonly isUpdate?: boolean | undefined;
  readonly isExternal?: boolean | undefined;
}

/** The part of workbox-window's Workbox this module uses (tests pass a fake). */
export interface WorkboxLike {
  addEventListener(type: 'installed' | 'waiting' | 'controlling', listener: (event: LifecycleEvent) => void): void;
  register(): Promise<unknown>;
  update(): Promise<unknown>;
  messageSkipWaiting(): void;
}

/** Injected effects: how to get a Workbox (null = no service worker here), how to reload, and a timer. */
export interface PwaDeps {
  createWorkbox(): WorkboxLike | null | Promise<WorkboxLike | null>;
  reload(): void;
  /** Runs `run` once after `ms` (the offline-ready note hides itself); none: the note stays until dismissed. */
  later?(run: () => void, ms: number): void;
}

/** How long the one-time "ready to work offline" note stays: long enough to read twice, then it goes. */
export const OFFLINE_NOTE_MS = 8000;

/** Framework-free lifecycle controller; the module below exports one bound to the browser. */
export interface PwaController {
  register(): Promise<void>;
  getState(): PwaState;
  subscribe(listener: (state: PwaState) => void): () => void;
  applyUpdate(context: { sessionPlaying: boolean }): boolean;
  checkForUpdate(): Promise<void>;
  dismissOfflineReady(): void;
}

/** Builds a lifecycle controller from injected effects (make*: not reactive). */
export function makePwaController(deps: PwaDeps): PwaController {
  let state: PwaState = { offlineReady: false, updateReady: false };
  const listeners = new Set<(state: PwaState) => void>();
  let workbox: WorkboxLike | null = null;
  let registering: Promise<void> | null = null;
  let applying = false;
  // Another tab may apply the update: this page then runs old code under the new worker.
  let newWorkerControls = false;

  const setState = (patch: Partial<PwaState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  return {
    register: () => (registering ??= (async () => {
      workbox = await deps.createWorkbox();
      if (!workbox) return;
      workbox.addEventListener('installed', (event) => {
        if (event.isUpdate) return;
        setState({ offlineReady: true });
        deps.later?.(() => setState({ offlineReady: false }), OFFLINE_NOTE_MS);
      });
      workbox.addEventListener('waiting', () => setState({ updateReady: true }));
      workbox.addEventListener('controlling', () => {
        if (applying) deps.reload();
        else {
          newWorkerControls = true;
          setState({ updateReady: true });
        }
      });
      try {
        await workbox.register();
      } catch (error) {
        console.warn('Flarewise could not register its service worker; offline use is unavailable.', error);
      }
    })()),
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    applyUpdate({ sessionPlaying }) {
      if (sessionPlaying || !state.updateReady || !workbox) return false;
      applying = true;
      // The reload follows on 'controlling'; if the new worker already controls us, reload now.
      if (newWorkerControls) deps.reload();
      else workbox.messageSkipWaiting();
      return true;
    },
    async checkForUpdate() {
      await workbox?.update().catch(() => undefined); // offline: try again next time
    },
    dismissOfflineReady: () => setState({ offlineReady: false }),
  };
}

/**
 * A Workbox for /sw.js in production browsers that support service workers, else null. workbox-window is
 * fetched once the page has loaded: registering waits for the load event anyway, and the first screen then
 * draws without it.
 */
async function createBrowserWorkbox(): Promise<WorkboxLike | null> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
  const { Workbox } = await import('workbox-window');
  return new Workbox('/sw.js', { scope: '/' });
}

const pwa = makePwaController({
  createWorkbox: createBrowserWorkbox, reload: () => location.reload(), later: (run, ms) => void window.setTimeout(run, ms),
});

/** Registers the service worker once (no-op in dev and where unsupported). Call at startup. */
export const registerPwa = (): Promise<void> => pwa.register();

/** The current PWA state. */
export const getPwaState = (): PwaState => pwa.getState();

/** Calls listener now and on every change; returns the unsubscribe function. */
export const subscribePwa = (listener: (state: PwaState) => void): (() => void) => pwa.subscribe(listener);

/**
 * Switches to the waiting version and reloads, unless a session is playing (then returns false
 * and does nothing). Call from the UI only when the person chose to update and nothing is playing.
 */
export const applyUpdate = (context: { sessionPlaying: boolean }): boolean => pwa.applyUpdate(context);

/** Asks the browser to look for a new /sw.js now (e.g. when the app returns to the foreground). */
export const checkForUpdate = (): Promise<void> => pwa.checkForUpdate();

/** Hides the one-time "ready to work offline" notice. */
export const dismissOfflineReady = (): void => pwa.dismissOfflineReady();
