import { openFlarewiseDB } from './db';
import type { StoredLevel } from '../engine/records/level-record';

/** The progression level of a routine (0, the prescribed dose, when never changed). */
export async function loadLevel(routineId: string): Promise<StoredLevel | undefined> {
  const db = await openFlarewiseDB();
  return db.get('levels', routineId);
}

/** Every routine's level. */
export async function listLevels(): Promise<StoredLevel[]> {
  const db = await openFlarewiseDB();
  return db.getAll('levels');
}

/** Saves a routine's new level. */
export async function saveLevel(level: StoredLevel): Promise<void> {
  const db = await openFlarewiseDB();
  await db.put('levels', level);
}
