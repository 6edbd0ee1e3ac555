/**
 * The browser's real adapters, in one place: the clock and timers, the router over the address bar, the
 * screen wake lock and lock-screen controls, files handed to the user, restarts, and everything "Delete all
 * my data" reaches. main.tsx passes them to the state layer; tests pass fakes instead.
 */
import { localDayOf } from './engine/calendar/local-day';
import type { DataDevice, SavedFile } from './state/create-data';
import { loadArea, t } from './i18n/messages';
import type { NowPlaying } from './state/now-playing';
import { createRouter, shortcutPath, type Router } from './state/router';

/** The wall clock, timers and local calendar of this device. */
export const browserClock = {
  now: () => Date.now(),
  setInterval: (fn: () => void, ms: number): unknown => window.setInterval(fn, ms),
  clearInterval: (handle: unknown) => window.clearInterval(handle as number),
  later: (fn: () => void, ms: number) => void window.setTimeout(fn, ms),
  localDay: (ms: number) => localDayOf(ms),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

/** The router, after turning a home-screen shortcut (?action=check-in|today) into its screen. */
export function routerFromShortcut(): Router {
  const path = shortcutPath(window.location.search);
  if (path) window.history.replaceState(null, '', path);
  return createRouter(window);
}

/** Keeps the screen on while a session plays, and shows it on the lock screen with its buttons. */
export function createScreenAdapter(handlers: { play(): void; pause(): void; next(): void; previous(): void }) {
  let wanted = false;
  let lock: WakeLockSentinel | null = null;
  let lockScreen: Promise<{ show(now: NowPlaying): void }> | undefined;

  const acquire = async () => {
    if (!wanted || lock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      lock = await navigator.wakeLock.request('screen');
      lock.addEventListener('release', () => { lock = null; });
    } catch {
      lock = null; // Refused (battery saver, no permission): the session still plays.
    }
  };

  // The browser drops the wake lock whenever the page is hidden; take it back on return.
  document.addEventListener('visibilitychange', () => void acquire());

  return {
    awake(on: boolean) {
      wanted = on;
      if (on) void acquire();
      else void lock?.release().catch(() => undefined);
    },
    // The Media Session's code comes with the first session, not with the first screen (src/lock-screen.ts).
    nowPlaying(now: NowPlaying) {
      if (!('mediaSession' in navigator)) return;
      // The positions' words are in the library area, loaded here too (an area imported from this path would split the first screen's chunks).
      lockScreen ??= Promise.all([import('./lock-screen'), loadArea('library')])
        .then(([m]) => m.makeLockScreen(navigator.mediaSession, handlers, (position) => t(`position.${position}`)));
      void lockScreen.then((screen) => screen.show(now));
    },
  };
}

/** Hands a file to the user through a Blob URL and an <a download> (works offline, no server involved). */
function download(file: SavedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; give them a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a file to the share sheet where the device can share files (most phones); 'unsupported' elsewhere. */
async function shareFile(file: SavedFile): Promise<'shared' | 'cancelled' | 'unsupported'> {
  const shared = new File([file.text], file.fileName, { type: file.type });
  if (typeof navigator.canShare !== 'function' || !navigator.canShare({ files: [shared] })) return 'unsupported';
  try {
    await navigator.share({ files: [shared], title: file.fileName });
    return 'shared';
  } catch (error) {
    // AbortError: the person closed the share sheet. Anything else (not allowed here): fall back to a download.
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'unsupported';
  }
}

/** What the data screen reaches on this device: files, restarts, the storage manager and what a delete clears. */
export const browserDataDevice: DataDevice = {
  download,
  shareFile,
  restart: (path) => window.location.assign(path),
  storageManager: () => navigator.storage,
  eraseTargets: () => ({
    ...(typeof caches === 'undefined' ? {} : { caches }),
    localStorage: window.localStorage,
    ...('serviceWorker' in navigator ? { serviceWorker: navigator.serviceWorker } : {}),
  }),
};
