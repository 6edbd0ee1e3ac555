import { openFlarewiseDB, readStored } from './db';
import { summariseCheckIn } from './summary-write';
import type { StoredCheckIn } from '../engine/records/check-in-record';

/** Saves the day's check-in (a second check-in the same day replaces the first). */
export async function saveCheckIn(checkIn: StoredCheckIn): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['checkIns', 'summary'], 'readwrite');
  await Promise.all([summariseCheckIn(tx, checkIn).then(() => tx.objectStore('checkIns').put(checkIn)), tx.done]);
}

/** The check-in of a local day, if there was one. */
export async function loadCheckIn(day: string): Promise<StoredCheckIn | undefined> {
  return readStored((db) => db.get('checkIns', day), undefined);
}

/** Every check-in, oldest first. */
export async function listCheckIns(): Promise<StoredCheckIn[]> {
  return readStored((db) => db.getAll('checkIns'), []);
}
