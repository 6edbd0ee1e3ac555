import type { Position } from '../engine/content/content-types';
import type { SessionState } from '../engine/session/session';
import type { SessionView } from '../engine/session/session-view';

/** What the lock screen and headphones show of a session: codes and numbers; the adapter words them. */
export interface NowPlaying {
  /** The exercise's name, as the library shows it. */
  exercise: string;
  /** Where the body is for it (a code: 'lying', 'standing'...). */
  position: Position;
  routine: string;
  /** The phase playing now (a set, a hold, a rest): its whole length and how far into it. */
  phaseMs: number;
  elapsedMs: number;
  playing: boolean;
}

/** The lock screen's view of a session at one moment (the view is the engine's description of that moment). */
export function nowPlayingOf(state: SessionState, view: SessionView, routine: string): NowPlaying {
  return {
    exercise: view.exercise.exercise.name,
    position: view.exercise.exercise.position,
    routine,
    phaseMs: view.step.durationMs,
    elapsedMs: view.elapsedMs,
    playing: state.status === 'playing',
  };
}
