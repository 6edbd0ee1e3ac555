import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type FlarewiseDB, type StoredSession } from './schema';

/** Opening gives up after this long instead of hanging (another tab may be blocking an upgrade). */
const OPEN_TIMEOUT_MS = 5000;

/** Why the database could not be used, in words for the user. */
export class StorageUnavailableError extends Error {}

let dbPromise: Promise<IDBPDatabase<FlarewiseDB>> | null = null;

/** Opens (once) the app's database, upgrading it step by step from whatever version it was. */
export function openFlarewiseDB(): Promise<IDBPDatabase<FlarewiseDB>> {
  dbPromise ??= withTimeout(
    openDB<FlarewiseDB>(DB_NAME, DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-day', 'day');
          db.createObjectStore('checkpoint', { keyPath: 'id' });
          db.createObjectStore('settings', { keyPath: 'key' });
        }
        if (oldVersion < 2) {
          db.createObjectStore('customRoutines', { keyPath: 'id' });
        }
        if (oldVersion < 3) {
          db.createObjectStore('checkIns', { keyPath: 'date' });
          db.createObjectStore('levels', { keyPath: 'routineId' });
          // Sessions from before check-ins were full routines at the prescribed level.
          let cursor = await tx.objectStore('sessions').openCursor();
          while (cursor) {
            const old = cursor.value as Partial<StoredSession> & StoredSession;
            await cursor.update({ ...old, tier: old.tier ?? 'green', level: old.level ?? 0, stoppedForPain: old.stoppedForPain ?? [] });
            cursor = await cursor.continue();
          }
        }
      },
      blocking() {
        // A newer version is opening in another tab: let it, and stop using this connection.
        void dbPromise?.then((db) => db.close());
        dbPromise = null;
      },
    }),
  ).catch((error: unknown) => {
    dbPromise = null;
    throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(String(error));
  });
  return dbPromise;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageUnavailableError('The database did not open in time.')), OPEN_TIMEOUT_MS);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error: unknown) => { clearTimeout(timer); reject(error); });
  });
}

/** Forgets the cached connection (tests delete the database between suites). */
export function resetFlarewiseDB(): void {
  void dbPromise?.then((db) => db.close()).catch(() => undefined);
  dbPromise = null;
}
