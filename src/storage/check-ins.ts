import { openFlarewiseDB } from './db';
import type { StoredCheckIn } from '../engine/records/check-in-record';

/** Saves the day's check-in (a second check-in the same day replaces the first). */
export async function saveCheckIn(checkIn: StoredCheckIn): Promise<void> {
  const db = await openFlarewiseDB();
  await db.put('checkIns', checkIn);
}

/** The check-in of a local day, if there was one. */
export async function loadCheckIn(day: string): Promise<StoredCheckIn | undefined> {
  const db = await openFlarewiseDB();
  return db.get('checkIns', day);
}

/** Every check-in, oldest first. */
export async function listCheckIns(): Promise<StoredCheckIn[]> {
  const db = await openFlarewiseDB();
  return db.getAll('checkIns');
}
