import type { Accessor } from 'solid-js';
import type { Player } from './create-player';

/**
 * The player as the app holds it from the start, over the real one that loads with the first session: until
 * then there is no session and the controls (headphone buttons included) do nothing.
 */
export function lazyPlayer(loaded: Accessor<Player | undefined>): Player {
  const real = (): Player => {
    const player = loaded();
    if (!player) throw new Error('The player is used before its module has loaded.');
    return player;
  };
  return {
    state: () => loaded()?.state() ?? null,
    view: () => loaded()?.view() ?? null,
    start: (plan) => real().start(plan),
    reopen: (saved, savedAt) => real().reopen(saved, savedAt),
    pause: () => loaded()?.pause(),
    resume: () => loaded()?.resume(),
    nextExercise: () => loaded()?.nextExercise(),
    previousExercise: () => loaded()?.previousExercise(),
    nextStep: () => loaded()?.nextStep(),
    extendRest: (seconds) => loaded()?.extendRest(seconds),
    end: () => loaded()?.end(),
    keepForLater: () => loaded()?.keepForLater(),
    pain: (report) => real().pain(report),
    swap: (exerciseIndex, planned, leadInSeconds) => loaded()?.swap(exerciseIndex, planned, leadInSeconds),
    dispose: () => loaded()?.dispose(),
  };
}
