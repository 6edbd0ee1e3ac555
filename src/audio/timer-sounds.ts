import type { CueName } from '../engine/session/cues';
import { hasTone, voiceDelayMs } from './sprite';
import type { SpriteSound } from './sprite-howl';

/** Cues played when their timer fires (where the audio clock could not take them), with a spoken prompt after the tone. */
export function makeTimerSounds(setTimer: (fn: () => void, ms: number) => unknown, clearTimer: (handle: unknown) => void) {
  const voiceTimers = new Set<unknown>();
  return {
    /** Plays the tone now and `voice` (if any) after the cue's voice delay, if `stillOn()` then. */
    play(howl: SpriteSound, cue: CueName, voice: string | undefined, stillOn: () => boolean) {
      if (hasTone(cue)) howl.play(cue);
      if (!voice) return;
      const handle = setTimer(() => {
        voiceTimers.delete(handle);
        if (stillOn()) howl.play(voice);
      }, voiceDelayMs(cue));
      voiceTimers.add(handle);
    },
    /** Cancels every spoken prompt still to come. */
    cancel() {
      for (const handle of voiceTimers) clearTimer(handle);
      voiceTimers.clear();
    },
  };
}
