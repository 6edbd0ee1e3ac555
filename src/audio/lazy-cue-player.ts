import type { DueCue } from '../engine/session/cues';
import type { AudioStatus, CuePlayer, SoundPrefs } from './audio-types';
import { mediaOutput } from './media-output';

type Loader = () => Promise<{ createCuePlayer: () => CuePlayer }>;

/**
 * A CuePlayer that loads howler and the real player only when first needed (or when `preload`
 * is called at idle), so none of it weighs on the first screen. Calls made before it has
 * loaded are passed on once it has.
 */
export function createLazyCuePlayer(load: Loader): CuePlayer & { preload(): Promise<CuePlayer> } {
  let real: CuePlayer | null = null;
  let loading: Promise<CuePlayer> | null = null;
  let prefs: SoundPrefs | null = null;
  let alive = false;
  let queued: DueCue[] = [];
  const listeners = new Set<(s: AudioStatus) => void>();
  const interrupted = new Set<() => void>();

  const preload = () => {
    loading ??= load().then(({ createCuePlayer }) => {
      const player = createCuePlayer();
      if (prefs) player.setPrefs(prefs);
      for (const listener of listeners) player.onStatus(listener);
      for (const listener of interrupted) player.onInterrupted(listener);
      if (alive) player.keepAlive(true);
      if (queued.length) player.schedule(queued, Date.now());
      queued = [];
      real = player;
      return player;
    });
    return loading;
  };
  // At idle, the context and the decoded sprite are made ready too, so the Start tap only resumes.
  const prepare = () => {
    void preload().then((player) => player.prepare());
  };

  // When already loaded, the call runs inside the tap itself, which Safari requires; before, the media element is started in it.
  const inTap = <T,>(run: (player: CuePlayer) => Promise<T>): Promise<T> => {
    if (real) return run(real);
    mediaOutput.start();
    return preload().then(run);
  };

  return {
    preload,
    prepare,
    unlock: () => inTap((p) => p.unlock()),
    test: () => inTap((p) => p.test()),
    schedule(cues, now) {
      if (real) real.schedule(cues, now);
      else queued.push(...cues);
    },
    cancel() {
      queued = [];
      real?.cancel();
    },
    speak: (text) => real?.speak(text),
    setPrefs(next) {
      prefs = next;
      mediaOutput.setMode(next.audioMode ?? 'screen-off');
      real?.setPrefs(next);
    },
    keepAlive(on) {
      alive = on;
      real?.keepAlive(on);
    },
    status: () => real?.status() ?? 'idle',
    onInterrupted(listener) {
      interrupted.add(listener);
      const off = real?.onInterrupted(listener);
      return () => {
        interrupted.delete(listener);
        off?.();
      };
    },
    onStatus(listener) {
      listeners.add(listener);
      const off = real?.onStatus(listener);
      return () => {
        listeners.delete(listener);
        off?.();
      };
    },
  };
}
