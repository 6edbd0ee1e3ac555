import type { Routine } from '../engine/content/content-types';
import { openFlarewiseDB, readStored } from './db';

/** Every routine the user built, by name. */
export async function listCustomRoutines(): Promise<Routine[]> {
  const routines = await readStored((db) => db.getAll('customRoutines'), []);
  return routines.sort((a, b) => a.name.localeCompare(b.name));
}

/** Saves (adds or replaces) one routine in a single transaction. */
export async function saveCustomRoutine(routine: Routine): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction('customRoutines', 'readwrite');
  await Promise.all([tx.store.put(routine), tx.done]);
}

/** Deletes one routine the user built. */
export async function deleteCustomRoutine(id: string): Promise<void> {
  const db = await openFlarewiseDB();
  await db.delete('customRoutines', id);
}
