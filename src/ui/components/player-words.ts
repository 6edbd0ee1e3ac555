import { hasParts, partStartingAt, type PlannedExercise } from '../../engine/session/session-plan';
import type { SessionView } from '../../engine/session/session-view';
import { t } from '../../i18n/messages';
import { sectionTitle } from './section-title';

/**
 * The part of the routine an exercise is in ("Warm-up"), and whether it is the part's first exercise;
 * null when the session has only one part (then naming it would only be noise).
 */
export function sectionAt(exercises: readonly PlannedExercise[], index: number): { title: string; starts: boolean } | null {
  const section = exercises[index]?.section;
  if (section === undefined || !hasParts(exercises)) return null;
  return { title: sectionTitle(section), starts: partStartingAt(exercises, index) !== null };
}

/** The phase label shown above the ring. */
export function phaseLabel(view: SessionView, paused: boolean): string {
  if (paused) return t('phase.paused');
  const { step } = view;
  if (step.kind === 'work') return step.hold === undefined ? t('phase.work.reps') : t('phase.work.hold');
  return t(`phase.${step.kind}`);
}

/** The one instruction worth reading from across the room. */
export function instruction(view: SessionView): string {
  const { exercise } = view.exercise;
  switch (view.step.kind) {
    case 'work': {
      const cues = exercise.cues;
      const index = ((view.rep ?? view.step.hold ?? 1) - 1) % Math.max(1, cues.length);
      return cues[index] ?? exercise.steps[0] ?? '';
    }
    case 'ready':
    case 'transition':
      return exercise.steps[0] ?? exercise.purpose;
    case 'switch':
      return t(view.step.side === 'right' ? 'player.side.right' : 'player.side.left');
    default:
      return t('phase.release');
  }
}
