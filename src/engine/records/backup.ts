/** The stores a backup holds. The checkpoint is left out: a half-finished session is tied to the moment and device. */
export const BACKUP_STORES = ['sessions', 'checkIns', 'settings', 'customRoutines'] as const;

/** One of the stores a backup holds. */
export type BackupStore = (typeof BACKUP_STORES)[number];

/** The key field of each store's records. */
export const KEY_OF: Record<BackupStore, string> = {
  sessions: 'id', checkIns: 'date', settings: 'key', customRoutines: 'id',
};

/** Merge adds what is missing and keeps what is here on a clash; Replace empties the stores first. */
export type ImportMode = 'merge' | 'replace';

/** What an import would do to one store. */
export interface StorePreview {
  /** Records in the file. */
  incoming: number;
  /** Of those, how many are not here yet. */
  added: number;
  /** Of those, how many are already here (same id or day). */
  alreadyHere: number;
  /** Records here now. */
  current: number;
}

/** The dry run: what an import would do to each store, before anything changes. */
export type ImportPreview = Record<BackupStore, StorePreview>;

/** Why a backup file was refused; the screen turns the code into words. */
export type RefusalCode =
  | 'too-big' | 'empty' | 'too-deep' | 'not-json' | 'forbidden-key' | 'not-backup' | 'newer' | 'invalid' | 'duplicate'
  | 'future-check-in';
