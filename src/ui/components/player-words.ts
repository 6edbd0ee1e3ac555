import { hasParts, partStartingAt, type PlannedExercise } from '../../engine/session/session-plan';
import type { SessionView } from '../../engine/session/session-view';
import type { Category } from '../../engine/content/content-types';
import { isBreathHoldStep } from '../../engine/session/breath-pace';
import { plural, t } from '../../i18n/messages';
import '../../i18n/areas/player';
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
  if (view.waiting) return t('phase.waiting');
  if (paused) return t('phase.paused');
  const { step } = view;
  if (step.kind === 'work' && view.exercise.exercise.category === 'breathing' && (step.hold === undefined || isBreathHold(view))) return t('phase.work.breathe');
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

/** How an exercise's work is counted, in words that fit it. */
export type CountUnit = 'reps' | 'holds' | 'breaths' | 'rounds';

/** Breathing and relaxation count breaths (paced) and rounds (held); everything else counts reps and holds. */
export function countUnit(category: Category, held: boolean): CountUnit {
  if (category === 'breathing') return held ? 'rounds' : 'breaths';
  return held ? 'holds' : 'reps';
}

/** A breathing or relaxation hold long enough to breathe through: the breath pacer shows instead of a countdown. */
export function isBreathHold(view: SessionView): boolean {
  return isBreathHoldStep(view.exercise.exercise.category, view.step);
}

/** The small counts beside the big one: the set (when there is more than one) and which hold or round this is. */
export function counterWords(view: SessionView): string[] {
  const { step } = view;
  const { dose, exercise } = view.exercise;
  if (step.kind !== 'work' && step.kind !== 'switch') return [];
  const list = dose.sets > 1 ? [t('player.set', { set: step.set, sets: dose.sets })] : [];
  if (step.kind === 'work' && step.hold !== undefined) {
    const key = countUnit(exercise.category, true) === 'rounds' ? 'player.round' : 'player.hold';
    list.push(t(key, { hold: step.hold, holds: dose.reps }));
  }
  return list;
}

/** What follows the big rep number: "of 10", or "of 6 breaths" for paced breathing. */
export function ofCount(view: SessionView): string {
  const reps = view.step.reps;
  return countUnit(view.exercise.exercise.category, false) === 'breaths' ? plural('player.ofBreaths', reps, { reps }) : t('player.ofReps', { reps });
}
