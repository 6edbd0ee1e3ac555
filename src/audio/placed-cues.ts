import type { CueName, DueCue } from '../engine/session/cues';
import type { SpriteSound } from './sprite-howl';
import type { SpeechSound } from './speech-sound';
import type { SpokenWord } from './spoken-words';

/** A sound already started on the audio clock: how to take it back, and when it will be heard. */
export interface PlacedSound {
  cancel(): void;
  heardAt: number;
}

/** Cues placed on the audio clock ahead of their moment, so a busy main thread cannot make them late. */
export interface PlacedCues {
  /**
   * Places a cue's tone (`toned`: the cue sprite has one) and the words said after it, each from the cue sprite or
   * the language's words; false when the clock cannot take it.
   */
  place(sound: SpriteSound, due: DueCue, toned: boolean, words: readonly SpokenWord[], speech: Pick<SpeechSound, 'playAt'>): boolean;
  /** The sounds of a placed cue, when its timer fires; undefined when it was not placed. */
  take(cue: CueName, at: number): PlacedSound[] | undefined;
  /** Stops every placed sound still to come; with `after`, only those of cues due after that moment. */
  cancelAll(after?: number): void;
  /** Whether this cue is already on the audio clock. */
  has(cue: CueName, at: number): boolean;
}

// Longer than any stall the heartbeat re-places after (it checks every 2 s, a hidden tab every minute).
const KEEP_MS = 5 * 60_000;
const plannedAt = (key: string) => Number(key.slice(key.lastIndexOf('@') + 1));

/** Makes the list of cues placed on the audio clock, keyed by `${cue}@${at}`. */
export function makePlacedCues(): PlacedCues {
  const placed = new Map<string, PlacedSound[]>();
  const keyOf = (cue: CueName, at: number) => `${cue}@${at}`;
  return {
    place(sound, { cue, at }, toned, words, speech) {
      const tone = toned ? sound.playAt?.(cue, at) : null;
      if (toned && !tone) return false;
      const spoken = words.map((w) => (w.speech ? speech.playAt(w.key, w.atMs) : sound.playAt?.(w.key, w.atMs)) ?? null);
      const sounds = [tone, ...spoken].filter((s): s is PlacedSound => s !== null && s !== undefined);
      if (sounds.length === 0) return false;
      placed.set(keyOf(cue, at), sounds);
      return true;
    },
    // Kept a while after its moment: a stalled clock may not have played it yet, and a re-placement must cancel it.
    take(cue, at) {
      for (const key of placed.keys()) if (plannedAt(key) < at - KEEP_MS) placed.delete(key);
      return placed.get(keyOf(cue, at));
    },
    cancelAll(after = Number.NEGATIVE_INFINITY) {
      for (const [key, sounds] of placed) {
        if (plannedAt(key) <= after) continue;
        for (const s of sounds) s.cancel();
        placed.delete(key);
      }
    },
    has: (cue, at) => placed.has(keyOf(cue, at)),
  };
}
