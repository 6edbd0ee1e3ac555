import { SILENCE_KEY } from './sprite';
import type { AudioContextLike, SpriteSound } from './sprite-howl';
import type { AudioHost } from './browser-host';

/** What keep-alive needs from the cue player. */
export interface KeepAliveDeps {
  sound: () => SpriteSound | null;
  isLoaded: () => boolean;
  context: () => AudioContextLike | null;
  host: AudioHost;
  /** The context resumed on wake: refresh the status. */
  woke: () => void;
  /** The context would not resume on wake. */
  locked: () => void;
}

/** While a session plays: a looping silent segment, and a resume of the context whenever the page comes back. */
export function makeKeepAlive(deps: KeepAliveDeps) {
  let on = false;
  let loopId: number | null = null;
  let stopWaking: (() => void) | null = null;

  const startLoop = () => {
    const sound = deps.sound();
    if (!on || !sound || !deps.isLoaded() || (loopId !== null && sound.playing(loopId))) return;
    loopId = sound.play(SILENCE_KEY);
  };
  const wake = () => {
    const ctx = deps.context();
    if (!on || !ctx) return;
    ctx.resume().then(() => { deps.woke(); startLoop(); }, deps.locked);
  };

  return {
    /** Restarts the silent loop if keep-alive is on and it is not playing (after the sound loads). */
    startLoop,
    /** Turns keep-alive on or off. */
    set(next: boolean) {
      on = next;
      if (on) {
        startLoop();
        stopWaking ??= deps.host.onWake(wake);
        return;
      }
      if (loopId !== null) deps.sound()?.stop(loopId);
      loopId = null;
      stopWaking?.();
      stopWaking = null;
    },
  };
}
