import type { CueName, DueCue } from '../engine/session/cues';
import type { AudioMode, Language } from '../engine/records/settings';
import type { SoundCheck } from './sound-check';

/** The user's sound settings, as the cue player needs them. */
export interface SoundPrefs {
  sound: boolean;
  voice: boolean;
  /** 0..1 */
  volume: number;
  vibration: boolean;
  speakNames: boolean;
  /** Through the media element (screen off) or straight out over other audio; screen off when not given. */
  audioMode?: AudioMode;
  /** The screen's language: the spoken words come from its sprite (src/audio/speech/); English when not given. */
  language?: Language;
}

/** Whether cues can be heard: 'locked' and 'unavailable' make the UI offer a tap-to-enable button. */
export type AudioStatus = 'idle' | 'ready' | 'locked' | 'unavailable';

/** Plays the engine's cues at their planned times; the state layer calls exactly this. */
export interface CuePlayer {
  /** Before any tap (at idle): creates the audio context and fetches and decodes the sprite, so the Start tap has only to resume. */
  prepare(): void;
  /** Call inside the user's Start tap: unlocks Web Audio, loads the sprite, resolves true when sound can play. */
  unlock(): Promise<boolean>;
  /** Plays each cue at its planned wall-clock time; cues already more than 250 ms late are dropped. Adds to what is already scheduled. */
  schedule(cues: readonly DueCue[], now: number): void;
  /** Cancels every scheduled cue (pause, skip, end). */
  cancel(): void;
  /** Speaks free text (an exercise name) with speechSynthesis where it exists and prefs.speakNames is on. */
  speak(text: string): void;
  /** Replaces the sound settings; volume applies at once. */
  setPrefs(prefs: SoundPrefs): void;
  /** While a session plays: the media element keeps playing an inaudible signal (screen off, lock screen); resumes the context on visibilitychange/focus. Off pauses it. */
  keepAlive(on: boolean): void;
  /** Subscribes to interruptions (a call, Siri, another app paused the sound); returns the unsubscribe function. */
  onInterrupted(listener: () => void): () => void;
  /** Inside a "Test sound" tap: unlocks sound as Start does, plays a chime and spoken words, and says what happened. */
  test(): Promise<SoundCheck>;
  /** The current audio status. */
  status(): AudioStatus;
  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatus(listener: (s: AudioStatus) => void): () => void;
}

/** Name of the window event dispatched for every cue, heard or not. */
export const CUE_EVENT = 'flarewise:cue';

/** Detail of the `flarewise:cue` event: what fired, when it was planned and whether it was heard. */
export interface CueEventDetail {
  cue: CueName;
  plannedAt: number;
  firedAt: number;
  audible: boolean;
  /** When the sound was placed on the audio clock ahead of time: the moment it is heard. */
  heardAt?: number;
}

/** Settings used until the state layer calls setPrefs. */
export const DEFAULT_SOUND_PREFS: SoundPrefs = {
  sound: true, voice: true, volume: 0.8, vibration: true, speakNames: true,
};
