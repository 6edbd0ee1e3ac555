import { isKeptForLater } from '../engine/session/kept-for-later';
import type { SessionState } from '../engine/session/session';
import type { ActiveRoutine } from './create-resume';

/** What pacing needs: the player's state and command, the active routine, and where the part goes. */
export interface PacingDeps {
  state(): SessionState | null;
  keepForLater(): void;
  routine(): ActiveRoutine | null;
  recordPart(state: SessionState, routine: ActiveRoutine): void;
  offer(state: SessionState): void;
  go(path: string): void;
}

/** Short bouts (src/engine/clinical/README.md, section 8): stop to finish later today, or do a routine in parts. */
export interface Pacing {
  /** Stops here and keeps the rest for later today: the part is recorded, the rest waits on the home screen. */
  finishLater(): void;
  /** Plays the session in two parts: the first ends, kept for later, as exercise `secondPart` begins. */
  inParts(secondPart: number | undefined): void;
  /** Called at every step change (the checkpoint seam): ends the first part when the second begins. */
  stepped(state: SessionState): void;
}

/** Builds pacing over the player and the session log. */
export function createPacing(deps: PacingDeps): Pacing {
  let secondPart: number | null = null;
  const finishLater = (): void => {
    secondPart = null;
    deps.keepForLater();
    const state = deps.state();
    const active = deps.routine();
    if (!state || !active || !isKeptForLater(state)) return;
    deps.recordPart(state, active);
    deps.offer(state);
    deps.go('/');
  };
  return {
    finishLater,
    inParts(next) { secondPart = next ?? null; },
    stepped(state) {
      const exerciseIndex = state.plan.steps[state.stepIndex]?.exerciseIndex ?? 0;
      if (secondPart !== null && state.status === 'playing' && exerciseIndex >= secondPart) finishLater();
    },
  };
}
