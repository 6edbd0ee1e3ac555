import type { SessionState } from '../engine/session';
import { openFlarewiseDB } from './db';
import type { Checkpoint } from './schema';

/** Saves the session in progress (called after every step). */
export async function saveCheckpoint(routineId: string, routineName: string, state: SessionState, now: number): Promise<void> {
  const db = await openFlarewiseDB();
  await db.put('checkpoint', { id: 'current', routineId, routineName, savedAt: now, state });
}

/** The session left in progress, if any. */
export async function loadCheckpoint(): Promise<Checkpoint | undefined> {
  const db = await openFlarewiseDB();
  return db.get('checkpoint', 'current');
}

/** Forgets the session in progress. */
export async function clearCheckpoint(): Promise<void> {
  const db = await openFlarewiseDB();
  await db.delete('checkpoint', 'current');
}
