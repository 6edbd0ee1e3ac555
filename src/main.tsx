import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import type { AudioStatus } from './audio/audio-types';
import { createLazyCuePlayer } from './audio/lazy-cue-player';
import { illustrationUrl, library } from './content/library';
import { localDayOf } from './engine/local-day';
import { listCheckIns, saveCheckIn } from './storage/check-ins';
import { clearCheckpoint, loadCheckpoint, saveCheckpoint } from './storage/checkpoint';
import { deleteCustomRoutine, listCustomRoutines, saveCustomRoutine } from './storage/custom-routines';
import { listLevels } from './storage/levels';
import { loadProfile, saveProfile } from './storage/profile';
import { loadWeeklyGoal } from './storage/progress';
import { completeSession, listSessions } from './storage/sessions';
import { loadPreferences, savePreferences } from './storage/settings';
import { onDatabaseEvent } from './storage/db';
import { requestPersistence } from './storage/persistence';
import { loadSetup, saveSetup } from './storage/setup';
import { createApp } from './state/create-app';
import { createProgress } from './state/create-progress';
import { createPwaState } from './state/create-pwa-state';
import { createRouter, shortcutPath } from './state/router';
import { createScreenAdapter } from './state/screen';
import { createStorageWatch } from './state/storage-watch';
import { App, preloadSessionScreens } from './ui/App';
import './ui/styles.css';

/** The router, after turning a home-screen shortcut (?action=check-in|today) into its screen. */
function createRouterFromShortcut() {
  const path = shortcutPath(window.location.search);
  if (path) window.history.replaceState(null, '', path);
  return createRouter(window);
}

// The one place real browser adapters are built; everything below takes them as arguments.
const cues = createLazyCuePlayer(() => import('./audio/cue-player'));
const [audioStatus, setAudioStatus] = createSignal<AudioStatus>(cues.status());
cues.onStatus(setAudioStatus);
const controls = { play: () => app.player.resume(), pause: () => app.player.pause() };
const app = createApp({
  library,
  storage: {
    loadPreferences, savePreferences, loadCheckpoint, saveCheckpoint, clearCheckpoint, completeSession,
    loadProfile, saveProfile, listCustomRoutines, saveCustomRoutine, deleteCustomRoutine,
    loadSetup, saveSetup, listCheckIns, saveCheckIn, listLevels,
    // Only the summary screen needs it (with the progression rules): fetched on first use.
    saveSessionFeedback: (feedback, now) => import('./storage/feedback').then((m) => m.saveSessionFeedback(feedback, now)),
  },
  router: createRouterFromShortcut(),
  progress: createProgress({
    storage: { listSessions, listCheckIns, loadWeeklyGoal },
    now: () => Date.now(),
    localDay: (ms) => localDayOf(ms),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  }),
  now: () => Date.now(),
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (handle) => window.clearInterval(handle as number),
  later: (fn, ms) => void window.setTimeout(fn, ms),
  cues,
  screen: createScreenAdapter(controls),
  unlockAudio: () => cues.unlock(),
  applyPreferences: (prefs) => cues.setPrefs(prefs),
  localDay: (ms) => localDayOf(ms),
  illustrationUrl,
  audioStatus,
  askPersistence: () => void requestPersistence(navigator.storage),
});

const storage = createStorageWatch(onDatabaseEvent, () => window.location.reload());
render(() => <App app={app} pwa={createPwaState()} storage={storage} />, document.getElementById('root') as HTMLElement);

// Sound is not needed for the first screen: fetch, create the audio context and decode the sprite once
// the page is idle, so the Start tap only resumes the context (creating it there took ~90 ms).
const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
idle(() => {
  preloadSessionScreens();
  cues.prepare();
});
