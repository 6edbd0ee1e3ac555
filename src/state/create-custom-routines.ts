import { createSignal, type Accessor } from 'solid-js';
import type { Routine } from '../engine/content/content-types';

/** Where the user's own routines are kept. */
export interface CustomRoutineStorage {
  listCustomRoutines(): Promise<Routine[]>;
  saveCustomRoutine(routine: Routine): Promise<void>;
  deleteCustomRoutine(id: string): Promise<void>;
}

/** The user's own routines, sorted by name, kept in step with storage. */
export interface CustomRoutines {
  customRoutines: Accessor<readonly Routine[]>;
  customRoutinesLoaded: Accessor<boolean>;
  saveCustomRoutine(routine: Routine): Promise<void>;
  deleteCustomRoutine(id: string): Promise<void>;
}

/** Loads the user's routines once and saves or deletes them, reporting storage failures. */
export function createCustomRoutines(storage: CustomRoutineStorage, failed: (error: unknown) => void): CustomRoutines {
  const [customRoutines, setCustomRoutines] = createSignal<readonly Routine[]>([]);
  const [customRoutinesLoaded, setLoaded] = createSignal(false);
  const byName = (list: readonly Routine[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
  storage.listCustomRoutines().then(setCustomRoutines, failed).finally(() => setLoaded(true));
  return {
    customRoutines,
    customRoutinesLoaded,
    saveCustomRoutine(next) {
      setCustomRoutines((list) => byName([...list.filter((r) => r.id !== next.id), next]));
      return storage.saveCustomRoutine(next).catch(failed);
    },
    deleteCustomRoutine(id) {
      setCustomRoutines((list) => list.filter((r) => r.id !== id));
      return storage.deleteCustomRoutine(id).catch(failed);
    },
  };
}
