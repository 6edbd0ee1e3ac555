import { createStore } from 'solid-js/store';
import type { Dose, Library, Routine } from '../engine/content/content-types';
import {
  addItem, countItems, moveItem, partsOf, removeItem, type PartPosition, type Parts, type RoutinePart,
} from '../engine/session/routine-parts';

/**
 * One exercise of the routine being built: a key that outlives moves (for focus), the exercise and its dose.
 * An exercise this version's library lacks (from a backup or an older version) keeps its saved dose, if any.
 */
export interface DraftItem {
  key: string;
  exercise: string;
  dose: Dose | undefined;
}

/** The three parts of a routine being built, and what the editor does to them. */
export interface RoutineDraft {
  parts: Parts<DraftItem>;
  count(): number;
  add(part: RoutinePart, exercise: string, dose: Dose): void;
  /** Moves an item a step (see stepTarget) and says where it went, or undefined when it cannot move. */
  move(at: PartPosition, direction: -1 | 1): PartPosition | undefined;
  remove(at: PartPosition): void;
  setDose(at: PartPosition, dose: Dose): void;
  /** The parts as plain data to save (IndexedDB cannot store the store's proxies). */
  toSave(): Pick<Routine, RoutinePart>;
}

let nextKey = 0;
const keyed = (exercise: string, dose: Dose | undefined): DraftItem => ({ key: `draft-${(nextKey += 1)}`, exercise, dose });

/**
 * The draft of a new routine, or of `initial` with its three parts as saved. An exercise the library lacks
 * stays where it was (the editor shows it as missing), so saving never shortens a routine unasked.
 */
export function createRoutineDraft(initial: Pick<Routine, RoutinePart> | undefined, library: Library): RoutineDraft {
  const loaded = partsOf(initial ?? { warmUp: [], main: [], coolDown: [] },
    (item) => keyed(item.exercise, item.dose ?? library.exercises.get(item.exercise)?.dose));
  // A store keeps each item's identity through dose edits and moves inside a part, so its buttons survive.
  // Setters get the raw state, so the pure helpers move the same objects the store already tracks.
  const [parts, setParts] = createStore<Parts<DraftItem>>(loaded);
  const plain = (items: readonly DraftItem[]) => items.map(({ exercise, dose }) => (dose === undefined ? { exercise } : { exercise, dose: { ...dose } }));
  return {
    parts,
    count: () => countItems(parts),
    add: (part, exercise, dose) => setParts((raw) => addItem(raw, part, keyed(exercise, dose))),
    move(at, direction) {
      let to: PartPosition | undefined;
      setParts((raw) => {
        const moved = moveItem(raw, at, direction);
        to = moved?.at;
        return moved?.parts ?? raw;
      });
      return to;
    },
    remove: (at) => setParts((raw) => removeItem(raw, at)),
    setDose: (at, dose) => setParts(at.part, at.index, 'dose', dose),
    toSave: () => ({ warmUp: plain(parts.warmUp), main: plain(parts.main), coolDown: plain(parts.coolDown) }),
  };
}
