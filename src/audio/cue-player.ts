import type { DueCue } from '../engine/session/cues';
import type { AudioStatus, CuePlayer, SoundPrefs } from './audio-types';
import { DEFAULT_SOUND_PREFS } from './audio-types';
import { makeBrowserHost, type AudioHost } from './browser-host';
import { LATE_LIMIT_MS, makeCueScheduler } from './cue-scheduler';
import { makePlacedCues } from './placed-cues';
import { makeTimerSounds } from './timer-sounds';
import { makeKeepAlive } from './keep-alive';
import { makeHeartbeat } from './heartbeat';
import { makeUpcomingCues } from './upcoming-cues';
import { playTestCue, playTestSound, runSoundCheck } from './sound-check';
import { mediaOutput, type MediaOutput } from './media-output';
import { hasTone, voiceKeyFor } from './sprite';
import { howlerContext, makeSpriteHowl, type AudioContextLike, type SpriteSound } from './sprite-howl';
import { makeSpeechSound, type SpeechSound } from './speech-sound';
import { englishPrompt, wordsAfter } from './spoken-words';

/** The public audio types, importable from the module the app already uses. */
export type { AudioStatus, CuePlayer, SoundPrefs } from './audio-types';

/** Adapters the cue player runs on; every one defaults to the real browser. */
export interface CuePlayerDeps {
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  makeHowl?: () => SpriteSound;
  context?: () => AudioContextLike | null;
  host?: AudioHost;
  output?: MediaOutput;
  makeSpeech?: () => SpeechSound;
}

// A resume() that never settles (seen in Safari outside a gesture) must not hang the Start tap.
const RESUME_TIMEOUT_MS = 1500;

/** Builds the cue player: one sprite Howl, per-cue timers, the cue event, vibration and keep-alive. */
export function createCuePlayer(deps: CuePlayerDeps = {}): CuePlayer {
  const now = deps.now ?? (() => Date.now());
  const setTimer = deps.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const makeHowl = deps.makeHowl ?? makeSpriteHowl;
  const context = deps.context ?? howlerContext;
  const host = deps.host ?? makeBrowserHost();
  const output = deps.output ?? mediaOutput;
  const speech = (deps.makeSpeech ?? makeSpeechSound)();

  let prefs: SoundPrefs = DEFAULT_SOUND_PREFS;
  let current: AudioStatus = 'idle';
  const listeners = new Set<(s: AudioStatus) => void>();
  let sound: SpriteSound | null = null;
  let loaded: Promise<boolean> = Promise.resolve(false);

  const setStatus = (next: AudioStatus) => {
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener(next);
  };
  const isLoaded = () => sound?.state() === 'loaded';
  const isRunning = () => context()?.state === 'running';
  const refreshStatus = () => {
    if (isLoaded()) setStatus(isRunning() ? 'ready' : 'locked');
  };

  const startLoading = () => {
    sound?.unload();
    const howl = makeHowl();
    sound = howl;
    howl.volume(prefs.volume);
    loaded = new Promise((resolve) => {
      howl.on('load', () => resolve(true));
      howl.on('loaderror', () => resolve(false));
    });
    howl.on('playerror', () => setStatus('locked'));
    howl.on('unlock', refreshStatus);
    howl.on('load', () => speech.decode()); // the context exists now: the words decode beside the cues
    howl.load();
  };
  const interrupted = new Set<() => void>();
  // A call, Siri or another app took the sound: say so; the session pauses where it is (main.tsx).
  const lost = () => {
    setStatus('locked');
    for (const listener of interrupted) listener();
  };
  output.onInterrupted(lost);

  const resumeWithin = (ctx: AudioContextLike) => new Promise<void>((resolve) => {
    setTimer(resolve, RESUME_TIMEOUT_MS);
    ctx.resume().then(resolve, resolve);
  });

  const timerSounds = makeTimerSounds(setTimer, clearTimer);
  // Cues already placed on the audio clock: their timer only shows and vibrates.
  const onClock = makePlacedCues();

  /** Puts a cue (its tone, then its prompt, the exercise's name and the side) on the audio clock now, ahead of its moment. */
  const placeOnClock = (due: DueCue, roomMs?: number) => {
    if (!sound?.playAt || !prefs.sound || prefs.volume <= 0 || !isLoaded() || !isRunning()) return;
    onClock.place(sound, due, hasTone(due.cue), wordsAfter(due, prefs, speech, roomMs), speech);
  };

  const onDue = ({ cue, at }: DueCue) => {
    const placed = onClock.take(cue, at);
    const audible = placed !== undefined || (hasTone(cue) && prefs.sound && prefs.volume > 0 && sound !== null && isLoaded() && isRunning());
    const voice = prefs.voice && englishPrompt(prefs, `voice-${cue}`) !== undefined ? voiceKeyFor(cue) : undefined;
    if (audible && sound && !placed) timerSounds.play(sound, cue, voice, () => prefs.sound && isRunning());
    // howler would queue a sound for a suspended context and play it late; better silent, and say so.
    if (prefs.sound && isLoaded() && !isRunning()) setStatus('locked');
    if (prefs.vibration) host.vibrate(cue);
    const heardAt = placed?.[0]?.heardAt;
    host.emit(heardAt === undefined ? { cue, plannedAt: at, firedAt: now(), audible } : { cue, plannedAt: at, firedAt: now(), audible, heardAt });
  };

  const scheduler = makeCueScheduler({ now, setTimer, clearTimer }, onDue);
  const upcoming = makeUpcomingCues(onClock, placeOnClock, now);
  speech.onReady(() => upcoming.replace()); // words decoded late: their cues are placed again, with them
  const heartbeat = makeHeartbeat({ context, setTimer, clearTimer, replace: upcoming.replace, retime: upcoming.retime, tend: upcoming.fill, lost });
  const keepAlive = makeKeepAlive({
    output, context, host, locked: () => setStatus('locked'),
    woke: () => {
      refreshStatus();
      heartbeat.check();
    },
  });

  const player: CuePlayer = {
    prepare() {
      if (!sound) startLoading();
    },
    async unlock() {
      if (!sound || current === 'unavailable') startLoading();
      // Synchronously, still inside the tap: the media element may only start playing here.
      output.start();
      const ctx = context();
      if (!ctx) {
        setStatus('unavailable');
        return false;
      }
      const resumed = resumeWithin(ctx);
      // One retry: after a decode failure the adapter falls back to MP3.
      let ok = await loaded;
      if (!ok) {
        startLoading();
        ok = await loaded;
      }
      if (!ok) {
        setStatus('unavailable');
        return false;
      }
      await resumed;
      refreshStatus();
      // Cues handed out while the context was still waking are placed on its clock now.
      if (current === 'ready') upcoming.replace();
      return current === 'ready';
    },
    schedule(cues, at) {
      upcoming.add(cues.filter((due) => at - due.at <= LATE_LIMIT_MS));
      upcoming.fill();
      scheduler.schedule(cues, at);
    },
    cancel() {
      upcoming.clear();
      scheduler.cancel();
      onClock.cancelAll();
      timerSounds.cancel();
    },
    // Names are placed with their cues once the words are decoded; speech synthesis says them only until then.
    speak(text) {
      if (prefs.sound && prefs.speakNames && !(speech.ready() && isLoaded() && isRunning())) host.speak(text, prefs.volume);
    },
    setPrefs(next) {
      prefs = { ...next };
      output.setMode(next.audioMode ?? 'screen-off');
      sound?.volume(next.volume);
      speech.setVolume(next.volume);
      speech.use(next.language ?? 'en');
    },
    keepAlive(on) {
      keepAlive.set(on);
      heartbeat.set(on);
    },
    test: () => runSoundCheck({
      unlock: () => player.unlock(), status: () => current, allowed: () => prefs.sound && prefs.volume > 0,
      clockSeconds: () => context()?.currentTime, setTimer,
      // The chime and words that open a session, through the session's own path.
      play: () => playTestSound({ setTimer, held: keepAlive.isOn, hold: output.hold,
        play: () => sound && playTestCue(sound, prefs, speech, now(), timerSounds) }),
    }),
    status: () => current,
    onInterrupted(listener) {
      interrupted.add(listener);
      return () => interrupted.delete(listener);
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return player;
}
