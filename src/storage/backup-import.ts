import type { IDBPObjectStore } from 'idb';
import { BACKUP_STORES, KEY_OF, type BackupStore, type ImportMode, type ImportPreview } from '../engine/records/backup';
import type { Backup } from './backup-schema';
import { openFlarewiseDB } from './db';
import { rebuildSummary } from './summary-write';

type LooseStore = IDBPObjectStore<unknown, ArrayLike<string>, string, 'readwrite' | 'readonly'>;

const keyOf = (store: BackupStore, record: unknown): IDBValidKey => (record as Record<string, IDBValidKey>)[KEY_OF[store]] as IDBValidKey;

/** Compares the file with what is stored, changing nothing. */
export async function previewImport(backup: Backup): Promise<ImportPreview> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const keys = await Promise.all(BACKUP_STORES.map((store) => (tx.objectStore(store) as unknown as LooseStore).getAllKeys()));
  await tx.done;
  const preview = {} as ImportPreview;
  BACKUP_STORES.forEach((store, i) => {
    const here = new Set(keys[i]);
    const records: readonly unknown[] = backup.data[store];
    const alreadyHere = records.filter((record) => here.has(keyOf(store, record) as string)).length;
    preview[store] = { incoming: records.length, added: records.length - alreadyHere, alreadyHere, current: here.size };
  });
  return preview;
}

/** A check-in from a file is marked as brought in: it never answers a day's safety questions (clinical README, section 2). */
const asImported = (checkIn: Backup['data']['checkIns'][number]) => ({ ...checkIn, origin: 'imported' as const });

/** How many records have been written so far, of how many (reported as the writes land). */
export type ImportProgress = (done: number, total: number) => void;

/** Writes a checked backup in ONE transaction over every store: it all lands, or (on any error) nothing changes. */
export async function applyImport(backup: Backup, mode: ImportMode, progress?: ImportProgress): Promise<void> {
  const db = await openFlarewiseDB();
  const stores: ('summary' | BackupStore)[] = [...BACKUP_STORES, 'summary'];
  const tx = db.transaction(stores, 'readwrite');
  const total = BACKUP_STORES.reduce((sum, store) => sum + backup.data[store].length, 0);
  const step = Math.max(1, Math.ceil(total / 100));
  let done = 0;
  const landed = () => { done += 1; if (done % step === 0 || done === total) progress?.(done, total); };
  const write = async (): Promise<void> => {
    for (const store of BACKUP_STORES) {
      const target = tx.objectStore(store) as unknown as LooseStore & { put(value: unknown): Promise<unknown>; clear(): Promise<void> };
      if (mode === 'replace') await target.clear();
      const here = mode === 'merge' ? new Set(await target.getAllKeys()) : new Set<IDBValidKey>();
      const records: readonly unknown[] = store === 'checkIns' ? backup.data.checkIns.map(asImported) : backup.data[store];
      // Requests are queued without waiting on each one; the transaction runs them in order. Each gets a handler at
      // once: if a later put throws, the abort rejects the earlier ones, and those must not go unhandled.
      const writes: Promise<unknown>[] = [];
      for (const record of records) {
        if (here.has(keyOf(store, record))) { landed(); continue; }
        const put = target.put(record).then(landed);
        put.catch(() => undefined);
        writes.push(put);
      }
      await Promise.all(writes);
    }
    // The summary follows the records just written (summary.ts), in the same transaction.
    await rebuildSummary(tx);
  };
  try {
    await Promise.all([write(), tx.done]);
  } catch (error) {
    try { tx.abort(); } catch { /* already aborted by the failing request */ }
    throw error;
  }
}
