// First, in a small chunk of its own (vite.config.ts): the first screen's words are asked for while the rest of
// this script is still arriving.
import './i18n/preload-words';
import { createEffect, createRoot, createSignal, untrack } from 'solid-js';
import { render } from 'solid-js/web';
import type { AudioStatus } from './audio/audio-types';
import { createLazyCuePlayer } from './audio/lazy-cue-player';
import { detectAudioSupport } from './audio/audio-support';
import { browserClock, browserDataDevice, createScreenAdapter, routerFromShortcut } from './browser';
import { clearCheckpoint, loadCheckpoint, saveCheckpoint } from './storage/checkpoint';
import { deleteCustomRoutine, listCustomRoutines, saveCustomRoutine } from './storage/custom-routines';
import { loadProfile, saveProfile } from './storage/profile';
import { loadHistory, loadHistoryFacts } from './storage/history';
import { loadPreferences, savePreferences } from './storage/settings';
import { onDatabaseEvent } from './storage/db';
import { requestPersistence } from './storage/persistence';
import { loadSetup, saveSetup } from './storage/setup';
import { emergencyNumberFor } from './engine/records/emergency-numbers';
import { loadCareTeam, loadFatigueToldOn, saveCareTeam, saveFatigueToldOn } from './storage/care-team';
import { createApp } from './state/create-app';
import { createPwaState } from './state/create-pwa-state';
import { createStorageWatch } from './state/storage-watch';
import { App, preloadSessionScreens } from './ui/App';
import { preloadHome } from './ui/screens/HomeScreen';
import { sectionTitle } from './ui/components/section-title';
import { whenFirstInput, whenIdle } from './ui/idle';
import { resolveLanguage } from './i18n/language';
import { language, loadArea, switchLanguage } from './i18n/messages';
import { createLocalisedLibrary } from './state/localised-library';
import './ui/styles.css';
import './ui/styles/pages.css';

// The composition root: the browser's adapters (./browser.ts) and storage, handed to the state layer.

/**
 * A storage verb whose module is fetched on its first call. Today's screen only reads; writing a session or a
 * check-in (and keeping the summary in step, storage/summary-write.ts) comes with the screens that write, so the
 * first script stays small. The module is asked for again after a failed fetch.
 */
function later<M extends Record<K, (...args: never[]) => Promise<unknown>>, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return ((...args: Parameters<M[K]>) => load().then((module) => module[name](...args))) as M[K];
}
const sessionWrites = () => import('./storage/sessions');
const checkInWrites = () => import('./storage/check-ins');
const cues = createLazyCuePlayer(() => import('./audio/cue-player'));
const [audioStatus, setAudioStatus] = createSignal<AudioStatus>(cues.status());
cues.onStatus(setAudioStatus);
// Lock-screen and headphone buttons: play/pause, and next/previous move by exercise.
const controls = {
  play: () => app.player.resume(), pause: () => app.player.pause(),
  next: () => app.player.nextExercise(), previous: () => app.player.previousExercise(),
};
// A call or another app took the sound: the session waits where it is, and the notice offers to resume.
cues.onInterrupted(() => app.player.pause());
// The exercises and routines (most of the app's bytes) are their own chunk: the welcome needs none of them.
const [content, setContent] = createSignal<typeof import('./content/library')>();
let contentAsked = false;
const loadContent = (): void => {
  if (contentAsked) return;
  contentAsked = true;
  import('./content/library').then((module) => setContent(() => module), () => {
    contentAsked = false;
    window.setTimeout(loadContent, 1000);
  });
};
// The words of the exercises are a chunk per language, fetched only for the language the app speaks.
const library = createLocalisedLibrary(() => content()?.loadLibrary, language);
const app = createApp({
  library,
  storage: {
    loadPreferences, savePreferences, loadCheckpoint, saveCheckpoint, clearCheckpoint,
    loadProfile, saveProfile, listCustomRoutines, saveCustomRoutine, deleteCustomRoutine,
    loadSetup: () => loadSetup(emergencyNumberFor(navigator.languages)), saveSetup, loadHistory, loadHistoryFacts,
    rebuildSummary: later(() => import('./storage/summary-write'), 'repairSummary'),
    saveCheckIn: later(checkInWrites, 'saveCheckIn'),
    completeSession: later(sessionWrites, 'completeSession'), storeSessionPart: later(sessionWrites, 'storeSessionPart'),
    deleteSession: later(sessionWrites, 'deleteSession'), restoreSession: later(sessionWrites, 'restoreSession'),
    saveSessionNote: later(sessionWrites, 'saveSessionNote'),
    loadCareTeam, saveCareTeam, loadFatigueToldOn, saveFatigueToldOn,
    saveSessionFeedback: later(() => import('./storage/feedback'), 'saveSessionFeedback'),
  },
  router: routerFromShortcut(),
  ...browserClock,
  cues,
  screen: createScreenAdapter(controls),
  unlockAudio: () => cues.unlock(),
  testSound: () => cues.test(),
  applyPreferences: (prefs) => {
    const language = resolveLanguage(prefs.language);
    // The spoken words follow the screen's language (src/audio/README.md).
    cues.setPrefs({ ...prefs, language });
    void switchLanguage(language);
    // Its recording is cached for offline use as soon as the service worker is ready, and again after a switch.
    void navigator.serviceWorker?.ready.then(() => import('./audio/speech-sprites')).then((m) => m.cacheSpeechFor(language));
  },
  illustrationUrl: (exercise) => content()?.illustrationUrl(exercise),
  partName: sectionTitle,
  audioStatus,
  audioSupport: detectAudioSupport(),
  askPersistence: () => void requestPersistence(navigator.storage),
  dataDevice: browserDataDevice,
});

// A returning visit (the service worker already controls the page) draws today's screen: everything it needs is
// asked for now, before the first render, side by side with reading the setup and the history, instead of each
// piece asking for the next once it has arrived: the content, the streak engine, the streak card and its words,
// and the planner the routine cards are timed with.
if (navigator.serviceWorker?.controller) {
  loadContent();
  app.progress.ensureCurrent();
  preloadHome();
  void loadArea('progress');
  import('./state/today-plan').catch(() => undefined); // on failure, the home asks again when it plans
}

const storage = createStorageWatch(onDatabaseEvent, () => window.location.reload());
render(() => <App app={app} pwa={createPwaState()} storage={storage} />, document.getElementById('root') as HTMLElement);

/** Runs `fn` once, the first time `condition()` holds. */
function once(condition: () => boolean, fn: () => void): void {
  createRoot((dispose) => createEffect(() => {
    if (!condition()) return;
    dispose();
    untrack(fn);
  }));
}

// Otherwise the content comes as soon as the setup is known and a screen other than the welcome is shown. Nothing
// on the welcome needs it: there it comes at the person's first tap or key, long before the last step, so a first
// visit does not evaluate the whole library while the welcome is first read.
once(() => app.coach.todayRead() && app.router.route().name !== 'welcome', loadContent);
once(() => app.router.route().name === 'welcome', () => whenFirstInput(loadContent));
// Sound is not needed until a session can start: once the first run is done and the page is idle, fetch
// the session screens, create the audio context and decode the sprite, so the Start tap only resumes the
// context (creating it there took ~90 ms). A first visit's welcome never pays for it.
once(() => app.coach.todayRead() && app.coach.setup().onboarded && app.router.route().name !== 'welcome', () => whenIdle(() => {
  preloadSessionScreens();
  // The writes a session and a check-in end with, so they never wait on a fetch (a page being put away may not).
  void sessionWrites().catch(() => undefined);
  void checkInWrites().catch(() => undefined);
  cues.prepare();
}));
