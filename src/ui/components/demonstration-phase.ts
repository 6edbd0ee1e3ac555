import type { PlanStep } from '../../engine/session/session-plan';
import type { DemonstrationPhase } from './Demonstration';

/** How the demonstration moves during a session step: reps cycle, holds move in and stay, anything else waits in the start pose. */
export function demonstrationPhase(step: Pick<PlanStep, 'kind' | 'repMs' | 'hold'>): DemonstrationPhase {
  if (step.kind === 'work') return step.repMs ? 'rep' : 'hold';
  return step.kind === 'release' ? 'release' : 'rest';
}
