import type { SessionState } from '../engine/session/session';
import { openFlarewiseDB, readStored } from './db';
import type { Checkpoint, CheckpointPlan } from '../engine/records/checkpoint';

/** Saves the session in progress (called after every step), with what it was planned with. */
export async function saveCheckpoint(
  routineId: string, routineName: string, state: SessionState, now: number, planned?: CheckpointPlan,
): Promise<void> {
  const db = await openFlarewiseDB();
  const record: Checkpoint = { id: 'current', routineId, routineName, savedAt: now, state };
  await db.put('checkpoint', planned ? { ...record, planned: { ...planned } } : record);
}

/** The session left in progress, if any; a missing or unreadable plan is left out (the resume falls back). */
export async function loadCheckpoint(): Promise<Checkpoint | undefined> {
  const saved = await readStored((db) => db.get('checkpoint', 'current'), undefined);
  if (!saved || saved.planned === undefined || isCheckpointPlan(saved.planned)) return saved;
  const readable = { ...saved };
  delete readable.planned;
  return readable;
}

/** Forgets the session in progress. */
export async function clearCheckpoint(): Promise<void> {
  const db = await openFlarewiseDB();
  await db.delete('checkpoint', 'current');
}

/** Whether a stored value is a whole plan: a known tier, a finite level and every pain limit (older plans lack them). */
function isCheckpointPlan(value: unknown): value is CheckpointPlan {
  if (typeof value !== 'object' || value === null) return false;
  const { tier, level, pain } = value as Record<string, unknown>;
  const limits = (typeof pain === 'object' && pain !== null ? pain : {}) as Record<string, unknown>;
  return (tier === 'green' || tier === 'amber' || tier === 'red') && Number.isFinite(level)
    && [limits.stopAbove, limits.stopForTodayFrom, limits.adviseAfterFrom].every((n) => Number.isFinite(n));
}
