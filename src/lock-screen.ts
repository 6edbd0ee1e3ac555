/**
 * The Media Session: what the lock screen, the notification shade and headphones show of a session (the
 * exercise, where the body is for it, the routine, and the phase's countdown) and the buttons they offer.
 * Loaded with the first session, not with the first screen (src/browser.ts).
 */
import type { Position } from './engine/content/content-types';
import type { NowPlaying } from './state/now-playing';

/** The parts of navigator.mediaSession used here; tests pass a fake. */
export type MediaSessionLike = Pick<MediaSession, 'metadata' | 'playbackState' | 'setActionHandler'>
  & Partial<Pick<MediaSession, 'setPositionState'>>;

/** What the lock screen's buttons do. */
export interface LockScreenControls { play(): void; pause(): void; next(): void; previous(): void }

/** The lock screen of one page: `show` fills it, and wires its buttons the first time. */
export function makeLockScreen(session: MediaSessionLike, controls: LockScreenControls, positionWords: (position: Position) => string,
  makeMetadata: (init: MediaMetadataInit) => MediaMetadata = (init) => new MediaMetadata(init)) {
  let wired = false;
  const wire = () => {
    const actions: [MediaSessionAction, () => void][] = [
      ['play', controls.play], ['pause', controls.pause], ['nexttrack', controls.next], ['previoustrack', controls.previous],
    ];
    for (const [action, handler] of actions) {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // An older browser that does not know this action throws; the others still work.
      }
    }
    wired = true;
  };
  return {
    /** Shows the session as it is now; called on every phase change, pause and resume. */
    show(now: NowPlaying) {
      if (!wired) wire();
      session.metadata = makeMetadata({
        title: now.exercise, artist: positionWords(now.position), album: now.routine,
        artwork: [{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' }],
      });
      session.playbackState = now.playing ? 'playing' : 'paused';
      // The countdown: the system moves the position on by itself while 'playing', and holds it while 'paused'.
      const duration = now.phaseMs / 1000;
      if (duration > 0) session.setPositionState?.({ duration, position: Math.min(now.elapsedMs / 1000, duration), playbackRate: 1 });
    },
  };
}
