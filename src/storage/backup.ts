import { BACKUP_STORES, type BackupStore } from '../engine/records/backup';
import type { Backup } from './backup-schema';
import { openFlarewiseDB } from './db';
import { DB_VERSION } from './schema';

/** A copy of a value with every object's keys in sorted order, so the same data always prints the same. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortKeys(item);
  }
  return sorted;
}

/** Every record of the backed-up stores, read in one transaction, each store in key order. */
export async function readAllData(): Promise<Backup['data']> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const [sessions, checkIns, settings, customRoutines] = await Promise.all([
    tx.objectStore('sessions').getAll(), tx.objectStore('checkIns').getAll(), tx.objectStore('settings').getAll(),
    tx.objectStore('customRoutines').getAll(),
  ]);
  await tx.done;
  return { sessions, checkIns, settings: settings as Backup['data']['settings'], customRoutines };
}

/** The backup file's text: fixed envelope order, sorted record keys, records in key order. */
export function serializeBackup(data: Backup['data'], exportedAt: Date): string {
  const envelope = {
    format: 'flarewise-backup', version: 1, exportedAt: exportedAt.toISOString(), schemaVersion: DB_VERSION,
    data: sortKeys(data),
  };
  return `${JSON.stringify(envelope)}\n`;
}

/** Reads everything and returns the backup file's text. */
export async function exportBackup(exportedAt: Date): Promise<string> {
  return serializeBackup(await readAllData(), exportedAt);
}

/** How many records each backed-up store holds. */
export async function countRecords(): Promise<Record<BackupStore, number>> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const counts = await Promise.all(BACKUP_STORES.map((store) => tx.objectStore(store).count()));
  await tx.done;
  return Object.fromEntries(BACKUP_STORES.map((store, i) => [store, counts[i] ?? 0])) as Record<BackupStore, number>;
}

/** The backup's file name for a local day: flarewise-backup-2027-01-15.json. */
export function backupFileName(localDay: string): string {
  return `flarewise-backup-${localDay}.json`;
}
