import { openFlarewiseDB } from './db';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredLevel } from '../engine/records/level-record';

/**
 * Saves the day's check-in (a second check-in the same day replaces the first). A morning report can
 * change what today's plans should be (a worse morning steps every practised routine down), so the
 * levels are replayed in the same transaction.
 */
export async function saveCheckIn(checkIn: StoredCheckIn): Promise<void> {
  // The progression rules load before the transaction opens: awaiting anything else inside it would end it.
  const { levelForToday } = checkIn.morning === undefined ? { levelForToday: null } : await import('../engine/clinical/level-today');
  const db = await openFlarewiseDB();
  const tx = db.transaction(['checkIns', 'sessions', 'levels'], 'readwrite');
  await tx.objectStore('checkIns').put(checkIn);
  if (levelForToday) {
    const [sessions, checkIns] = await Promise.all([tx.objectStore('sessions').getAll(), tx.objectStore('checkIns').getAll()]);
    const levels = tx.objectStore('levels');
    for (const routineId of new Set(sessions.map((s) => s.routineId))) {
      const change = levelForToday(routineId, sessions, checkIns, checkIn.at);
      const level: StoredLevel = { routineId, level: change.level, updatedAt: checkIn.at, change: change.change, reason: change.reason };
      await levels.put(level);
    }
  }
  await tx.done;
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
