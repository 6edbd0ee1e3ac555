import type { AudioContextLike } from './sprite-howl';
import type { AudioHost } from './browser-host';
import type { MediaOutput } from './media-output';

/** What keep-alive needs from the cue player. */
export interface KeepAliveDeps {
  output: MediaOutput;
  context: () => AudioContextLike | null;
  host: AudioHost;
  /** The context resumed on wake: refresh the status (and re-place cues). */
  woke: () => void;
  /** The context would not resume on wake. */
  locked: () => void;
}

/** While a session plays: the media element holds an inaudible signal, and the context is resumed whenever the page comes back. */
export function makeKeepAlive(deps: KeepAliveDeps) {
  let on = false;
  let stopWaking: (() => void) | null = null;

  const wake = () => {
    const ctx = deps.context();
    if (!on || !ctx) return;
    ctx.resume().then(deps.woke, deps.locked);
  };

  return {
    /** Whether a session is holding the sound on. */
    isOn: () => on,
    /** Turns keep-alive on or off; off pauses the media element (the person paused, or the session ended). */
    set(next: boolean) {
      on = next;
      deps.output.hold(on);
      if (on) {
        stopWaking ??= deps.host.onWake(wake);
        return;
      }
      stopWaking?.();
      stopWaking = null;
    },
  };
}
