import { deleteDB } from 'idb';
import { openFlarewiseDB, resetFlarewiseDB } from './db';
import { DB_NAME } from './schema';

/** Everything the app may have stored, each part optional (a browser may lack caches or service workers). */
export interface EraseTargets {
  caches?: Pick<CacheStorage, 'keys' | 'delete'>;
  localStorage?: Pick<Storage, 'clear'>;
  serviceWorker?: { getRegistrations(): Promise<readonly { unregister(): Promise<boolean> }[]> };
  /** Called if another tab keeps the database open; the delete finishes once that tab lets go. */
  onBlocked?(): void;
}

/**
 * Deletes all of Flarewise's data on this device: the database, every cache, local storage, and the service
 * worker (so the reload that follows sets the app up again as on a first visit, offline copy included).
 */
export async function eraseAllData(targets: EraseTargets): Promise<void> {
  // Close this tab's connection first, so the delete does not wait on (or alarm) ourselves.
  (await openFlarewiseDB().catch(() => null))?.close();
  resetFlarewiseDB();
  await deleteDB(DB_NAME, { blocked: () => targets.onBlocked?.() });
  const cacheNames = (await targets.caches?.keys()) ?? [];
  await Promise.all(cacheNames.map((name) => targets.caches?.delete(name)));
  targets.localStorage?.clear();
  const registrations = (await targets.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((registration) => registration.unregister()));
}
