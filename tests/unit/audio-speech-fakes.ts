/** Fakes for the spoken words' tests: a cue player whose sprite and spoken words record what they place on the audio clock. */
import { vi } from 'vitest';
import type { Language } from '../../src/engine/records/settings';
import { createCuePlayer, type SoundPrefs } from '../../src/audio/cue-player';
import type { SpeechSound } from '../../src/audio/speech-sound';
import { fakeContext, fakeHowl, fakeOutput } from './cue-player-fakes';

/** What a sprite placed on the (fake) audio clock: its key, the wall-clock moment, and whether it was taken back. */
export interface Placed { key: string; at: number; cancelled: boolean }

function recorder(placed: Placed[], accepts: (key: string) => boolean) {
  return (key: string, at: number) => {
    if (!accepts(key)) return null;
    const entry = { key, at, cancelled: false };
    placed.push(entry);
    return { heardAt: at, cancel: () => { entry.cancelled = true; } };
  };
}

/** Spoken words that become decoded when the test says so, with each phrase's length in ms. */
export function fakeSpeech(lengths: Record<string, number>) {
  const placed: Placed[] = [];
  const asked: Language[] = [];
  const listeners: (() => void)[] = [];
  let decoded = false;
  const speech: SpeechSound = {
    use: (language) => void asked.push(language),
    decode: () => undefined,
    ready: () => decoded,
    durationMs: (key) => (decoded ? lengths[key] : undefined),
    playAt: recorder(placed, (key) => decoded && key in lengths),
    setVolume: () => undefined,
    onReady: (listener) => void listeners.push(listener),
  };
  return { speech, placed, asked, decodeNow() { decoded = true; listeners.forEach((fn) => fn()); } };
}

/** A cue player on a fake audio clock, with spoken words in `lengths`; sound, voice and names on. */
export function setupSpeech(lengths: Record<string, number>, prefs: Partial<SoundPrefs> = {}) {
  const fake = fakeHowl();
  const tones: Placed[] = [];
  fake.howl.playAt = recorder(tones, () => true);
  const words = fakeSpeech(lengths);
  const host = { emit: vi.fn(), vibrate: vi.fn(), speak: vi.fn(), onWake: () => () => undefined };
  const player = createCuePlayer({
    makeHowl: () => fake.howl, context: () => fakeContext(), host, output: fakeOutput().output, makeSpeech: () => words.speech,
  });
  player.setPrefs({ sound: true, voice: true, volume: 1, vibration: false, speakNames: true, language: 'es-419', ...prefs });
  return { player, tones, words, host };
}

/** The sounds still to be heard, as [key, ms after `t0`]. */
export const live = (placed: Placed[], t0: number) => placed.filter((p) => !p.cancelled).map((p) => [p.key, p.at - t0]);
