import type { CueName, DueCue } from '../engine/session/cues';
import type { SpriteSound } from './sprite-howl';

/** A sound already started on the audio clock: how to take it back, and when it will be heard. */
export interface PlacedSound {
  cancel(): void;
  heardAt: number;
}

/** Cues placed on the audio clock ahead of their moment, so a busy main thread cannot make them late. */
export interface PlacedCues {
  /** Places a cue (and its spoken prompt, if any, `voiceDelayMs` later); false when the clock cannot take it. */
  place(sound: SpriteSound, due: DueCue, voice: { key: string; delayMs: number } | undefined): boolean;
  /** Takes a placed cue out of the list when its timer fires; undefined when it was not placed. */
  take(cue: CueName, at: number): PlacedSound[] | undefined;
  /** Stops every placed sound still to come. */
  cancelAll(): void;
}

/** Makes the list of cues placed on the audio clock, keyed by `${cue}@${at}`. */
export function makePlacedCues(): PlacedCues {
  const placed = new Map<string, PlacedSound[]>();
  const keyOf = (cue: CueName, at: number) => `${cue}@${at}`;
  return {
    place(sound, { cue, at }, voice) {
      const tone = sound.playAt?.(cue, at);
      if (!tone) return false;
      const spoken = voice ? sound.playAt?.(voice.key, at + voice.delayMs) : null;
      placed.set(keyOf(cue, at), spoken ? [tone, spoken] : [tone]);
      return true;
    },
    take(cue, at) {
      const sounds = placed.get(keyOf(cue, at));
      placed.delete(keyOf(cue, at));
      return sounds;
    },
    cancelAll() {
      for (const sounds of placed.values()) for (const s of sounds) s.cancel();
      placed.clear();
    },
  };
}
