import type { AudioStatus, SoundPrefs } from './audio-types';
import { makePlacedCues } from './placed-cues';
import type { SpeechSound } from './speech-sound';
import { englishPrompt, wordsAfter } from './spoken-words';
import { voiceKeyFor } from './sprite';
import type { makeTimerSounds } from './timer-sounds';
import type { SpriteSound } from './sprite-howl';

/**
 * What a "Test sound" tap found, as a code (src/ui words it). Only the person can say whether a sound that
 * went out was heard, so 'played' is a question for them, not a success.
 */
export type SoundCheck =
  /** The chime and the spoken words went out through the same path a session uses. */
  | 'played'
  /** Flarewise's own sound is turned off, or its volume is at zero: nothing was played. */
  | 'off-in-app'
  /** The browser kept the sound from starting (the audio context is not running). */
  | 'blocked'
  /** The sound started, but its clock did not move: no speaker or headphones took it. */
  | 'no-output'
  /** No Web Audio here, or the sound file could not be loaded. */
  | 'unsupported';

/** What the check runs on; the cue player passes its own parts, tests pass fakes. */
export interface SoundCheckDeps {
  /** The Start tap's unlock: must be called synchronously inside the tap. */
  unlock(): Promise<boolean>;
  status(): AudioStatus;
  /** Whether Flarewise's own settings let sound play (sound on, volume above zero). */
  allowed(): boolean;
  /** The audio clock in seconds, or undefined without a context. */
  clockSeconds(): number | undefined;
  /** Plays the test's chime and spoken words now. */
  play(): void;
  setTimer(fn: () => void, ms: number): unknown;
}

// Long enough for a running clock to move by several render quanta, short enough not to keep a tired person waiting.
export const CLOCK_WATCH_MS = 400;

/** Unlocks sound as the Start tap does, plays the test sound and reports what happened. Call inside the tap. */
export async function runSoundCheck(deps: SoundCheckDeps): Promise<SoundCheck> {
  const unlocked = deps.unlock();
  if (!deps.allowed()) return 'off-in-app';
  const ok = await unlocked;
  if (!ok) return deps.status() === 'unavailable' ? 'unsupported' : 'blocked';
  const before = deps.clockSeconds();
  deps.play();
  await new Promise((resolve) => deps.setTimer(() => resolve(undefined), CLOCK_WATCH_MS));
  const after = deps.clockSeconds();
  if (before === undefined || after === undefined) return 'unsupported';
  return after > before ? 'played' : 'no-output';
}

/** What the test sound plays through. */
export interface TestSoundParts {
  /** Plays the chime and the spoken words now. */
  play(): void;
  /** Whether a session holds the media element. */
  held(): boolean;
  hold(on: boolean): void;
  setTimer(fn: () => void, ms: number): unknown;
}

// The test's chime and words are over by then.
const TEST_SOUND_MS = 3000;

/** Plays the test sound through the media element, as a session would, and lets the element go afterwards unless a session holds it. */
export function playTestSound(parts: TestSoundParts): void {
  const holding = parts.held();
  if (!holding) parts.hold(true);
  parts.play();
  if (!holding) parts.setTimer(() => { if (!parts.held()) parts.hold(false); }, TEST_SOUND_MS);
}

// Just ahead of now, so the clock can take the chime as placed.
const TEST_LEAD_MS = 50;

/**
 * The test's chime and its "Get ready", placed on the audio clock as a session's first cue is, so the words come in
 * the screen's language once its spoken words are decoded. Where the clock cannot take it, the chime plays now, with
 * the cue sprite's prompt only on an English screen (those prompts are English).
 */
export function playTestCue(sound: SpriteSound, prefs: SoundPrefs, speech: SpeechSound, nowMs: number, timerSounds: ReturnType<typeof makeTimerSounds>): void {
  const due = { cue: 'get-ready' as const, at: nowMs + TEST_LEAD_MS };
  const words = wordsAfter(due, { ...prefs, voice: true }, speech);
  if (makePlacedCues().place(sound, due, true, words, speech)) return;
  const voice = englishPrompt(prefs, 'voice-get-ready') === undefined ? undefined : voiceKeyFor('get-ready');
  timerSounds.play(sound, 'get-ready', voice, () => true);
}
