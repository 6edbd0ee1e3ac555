import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import type { AudioStatus } from './audio/audio-types';
import { createLazyCuePlayer } from './audio/lazy-cue-player';
import { illustrationUrl, library } from './content/library';
import { localDayOf } from './engine/local-day';
import { clearCheckpoint, loadCheckpoint, saveCheckpoint } from './storage/checkpoint';
import { deleteCustomRoutine, listCustomRoutines, saveCustomRoutine } from './storage/custom-routines';
import { loadProfile, saveProfile } from './storage/profile';
import { completeSession } from './storage/sessions';
import { loadPreferences, savePreferences } from './storage/settings';
import { createApp } from './state/create-app';
import { createPwaState } from './state/create-pwa-state';
import { createRouter } from './state/router';
import { createScreenAdapter } from './state/screen';
import { App } from './ui/App';
import './ui/styles.css';

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
  },
  router: createRouter(window),
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
});

render(() => <App app={app} pwa={createPwaState()} />, document.getElementById('root') as HTMLElement);

// Sound is not needed for the first screen: fetch it once the page is idle, before any Start tap.
const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
idle(() => void cues.preload());
