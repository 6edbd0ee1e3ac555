import type { Language } from '../engine/records/settings';
import { makeAudioClock, webAudioContext, type ClockSound } from './audio-clock';
import { readSpeech } from './speech-cache';
import { loadSpeechSprite, type SpeechSprite } from './speech-sprites';

/** The spoken words of the screen's language, decoded beside the cue sprite on the same audio clock; tests pass a fake. */
export interface SpeechSound {
  /** Asks for a language's words (main.tsx caches them for offline use): decodes them once an audio context exists. */
  use(language: Language): void;
  /** Decodes the asked language's words now that the audio context exists (the cue sprite has loaded). */
  decode(): void;
  /** Whether the asked language's words are decoded and can be placed. */
  ready(): boolean;
  /** How long a phrase lasts (ms), or undefined when it is not in the decoded words. */
  durationMs(key: string): number | undefined;
  playAt(key: string, atMs: number): ClockSound | null;
  setVolume(volume: number): void;
  /** Called each time a language's words become ready to place. */
  onReady(listener: () => void): void;
}

// The rate scripts/render-cues.sh encodes speech at.
const SPEECH_RATE = 16000;

/** The real spoken words: the sprite from the speech cache (or the network), decoded on howler's context. */
export function makeSpeechSound(): SpeechSound {
  let wanted: Language | null = null;
  let volume = 1;
  // One decoded language at a time: the words just asked for, or none yet.
  let current: { language: Language; sprite: SpeechSprite; clock: ReturnType<typeof makeAudioClock> } | null = null;
  let decoding: Language | null = null;
  const listeners = new Set<() => void>();
  const words = () => (current && current.language === wanted ? current : null);

  const decode = async () => {
    const language = wanted;
    if (!language || words() || decoding === language || !webAudioContext()) return;
    decoding = language;
    const sprite = await loadSpeechSprite(language);
    const clock = makeAudioClock((key) => sprite?.phrases[key]);
    clock.setVolume(volume);
    const ok = sprite !== null && (await clock.decode(readSpeech(sprite.url), SPEECH_RATE));
    if (decoding === language) decoding = null;
    // Not cached yet and offline, or not decodable: names fall back to speech synthesis. Or another language came meanwhile.
    if (!ok || !sprite || wanted !== language) return;
    current = { language, sprite, clock };
    for (const listener of listeners) listener();
  };

  return {
    use(language) {
      if (language === wanted) return;
      wanted = language;
      if (current?.language !== language) current = null; // frees the other language's decoded words
      void decode();
    },
    decode: () => void decode(),
    ready: () => words() !== null,
    durationMs: (key) => words()?.sprite.phrases[key]?.[1],
    playAt: (key, atMs) => words()?.clock.playAt(key, atMs) ?? null,
    setVolume(next) {
      volume = next;
      current?.clock.setVolume(next);
    },
    onReady: (listener) => void listeners.add(listener),
  };
}
