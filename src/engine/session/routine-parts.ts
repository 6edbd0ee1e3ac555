import type { Routine } from '../content/content-types';
import { exerciseDurationsMs, planSession, type PlannedExercise, type PlanOptions } from './session-plan';

/** The three parts of a routine, named as the Routine fields that hold them. */
export type RoutinePart = 'warmUp' | 'main' | 'coolDown';

/** The parts in the order they are done. */
export const ROUTINE_PARTS: readonly RoutinePart[] = ['warmUp', 'main', 'coolDown'];

/** A routine's items split into its three parts. */
export type Parts<T> = Record<RoutinePart, readonly T[]>;

/** Where one item sits: its part and its index in that part. */
export interface PartPosition {
  part: RoutinePart;
  index: number;
}

/** The items of each part of a routine, mapped (and filtered, by returning undefined) by `keep`. */
export function partsOf<T>(routine: Pick<Routine, RoutinePart>, keep: (item: Routine['main'][number]) => T | undefined): Parts<T> {
  const map = (items: Routine['main']) => items.flatMap((item) => {
    const kept = keep(item);
    return kept === undefined ? [] : [kept];
  });
  return { warmUp: map(routine.warmUp), main: map(routine.main), coolDown: map(routine.coolDown) };
}

/**
 * Where an item lands when moved one step up (-1) or down (1). Inside its part it swaps with its
 * neighbour; from the top of a part it goes to the end of the part before, and from the bottom to the
 * start of the part after (even an empty one). Undefined at the top of the warm-up or the bottom of the cool-down.
 */
export function stepTarget<T>(parts: Parts<T>, at: PartPosition, direction: -1 | 1): PartPosition | undefined {
  const index = at.index + direction;
  if (index >= 0 && index < parts[at.part].length) return { part: at.part, index };
  const neighbour = ROUTINE_PARTS[ROUTINE_PARTS.indexOf(at.part) + direction];
  if (neighbour === undefined) return undefined;
  return { part: neighbour, index: direction === -1 ? parts[neighbour].length : 0 };
}

/** The parts with one item moved a step up or down (see stepTarget), and where it went; undefined when it cannot move. */
export function moveItem<T>(parts: Parts<T>, at: PartPosition, direction: -1 | 1): { parts: Parts<T>; at: PartPosition } | undefined {
  const item = parts[at.part][at.index];
  const to = stepTarget(parts, at, direction);
  if (item === undefined || to === undefined) return undefined;
  const without = removeItem(parts, at);
  const target = [...without[to.part]];
  target.splice(to.index, 0, item);
  return { parts: { ...without, [to.part]: target }, at: to };
}

/** The parts with an item added at the end of one part. */
export function addItem<T>(parts: Parts<T>, part: RoutinePart, item: T): Parts<T> {
  return { ...parts, [part]: [...parts[part], item] };
}

/** The parts without the item at one position. */
export function removeItem<T>(parts: Parts<T>, at: PartPosition): Parts<T> {
  return { ...parts, [at.part]: parts[at.part].filter((_, i) => i !== at.index) };
}

/** How many items all the parts hold together. */
export function countItems<T>(parts: Parts<T>): number {
  return ROUTINE_PARTS.reduce((sum, part) => sum + parts[part].length, 0);
}

/**
 * How long each part takes when the whole routine is played in order, as the player times it: the
 * lead-in goes to the first part with anything in it, and each transition to the exercise it leads into.
 */
export function partDurationsMs(parts: Parts<PlannedExercise>, options: Partial<PlanOptions> = {}): Record<RoutinePart, number> {
  const ordered = ROUTINE_PARTS.flatMap((part) => parts[part].map((planned) => ({ part, planned })));
  const each = exerciseDurationsMs(planSession(ordered.map(({ planned }) => planned), options));
  const totals: Record<RoutinePart, number> = { warmUp: 0, main: 0, coolDown: 0 };
  ordered.forEach(({ part }, i) => { totals[part] += each[i] ?? 0; });
  return totals;
}
