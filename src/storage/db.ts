import { openDB, type IDBPDatabase, type OpenDBCallbacks } from 'idb';
import { DB_NAME, DB_VERSION, type FlarewiseDB } from './schema';

/** Opening gives up after this long instead of hanging (another tab may be blocking an upgrade). */
const OPEN_TIMEOUT_MS = 5000;

/** Why the database cannot be used: it did not open in time, an older tab blocks an upgrade, or this tab let go of it. */
export type StorageProblemKind = 'unavailable' | 'timeout' | 'blocked' | 'closed';

/** Why the database could not be used (the kind says which, for the words the user sees). */
export class StorageUnavailableError extends Error {
  constructor(message: string, readonly kind: StorageProblemKind = 'unavailable') { super(message); }
}

/** What another tab did to the database: opened a newer version, deleted it, or is blocking our upgrade. */
export type DatabaseEvent = 'updated-elsewhere' | 'deleted-elsewhere' | 'blocked';

const listeners = new Set<(event: DatabaseEvent) => void>();

/** Calls `listener` on every database event; returns a function that stops it. */
export function onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let dbPromise: Promise<IDBPDatabase<FlarewiseDB>> | null = null;
/** Whether the first open found no database (a first visit); set as that open starts. */
let foundNone: Promise<boolean> = Promise.resolve(false);
/** True from finding no database until it is made. */
let making = false;
/** Whether anything but a read has asked for the database: a read after a write must find what it wrote. */
let writeAsked = false;

/** Opens (once) the app's database for a write (or any use), upgrading it step by step from whatever version it was. */
export function openFlarewiseDB(): Promise<IDBPDatabase<FlarewiseDB>> {
  writeAsked = true;
  return open();
}

/** Opens (once) the app's database, upgrading it step by step from whatever version it was. */
function open(): Promise<IDBPDatabase<FlarewiseDB>> {
  dbPromise ??= withTimeout(openCurrent()).catch((error: unknown) => {
    dbPromise = null;
    throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(String(error));
  });
  return dbPromise;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => { late = true; reject(new StorageUnavailableError('The database did not open in time.', 'timeout')); }, OPEN_TIMEOUT_MS);
    promise.then((value) => {
      clearTimeout(timer);
      // Opened after we gave up: close it, or it would block the next upgrade.
      if (late && value instanceof Object && 'close' in value) (value as { close(): void }).close();
      resolve(value);
    }, (error: unknown) => { clearTimeout(timer); reject(error); });
  });
}

/**
 * What `read` finds in the database, or `nothing` while a first visit is still making it and nothing has asked to
 * write. Nothing is stored then: every write waits for the database. So a read answers at once with what the empty
 * database would give, and the first screen does not wait for the database's making (which fetches the upgrade's
 * steps first).
 */
export async function readStored<T>(read: (db: IDBPDatabase<FlarewiseDB>) => Promise<T>, nothing: T): Promise<T> {
  const opening = open();
  const none = await Promise.race([foundNone, opening.then(() => false)]);
  return none && making && !writeAsked ? nothing : read(await opening);
}

/** Forgets the cached connection (tests delete the database between suites). */
export function resetFlarewiseDB(): void {
  making = false;
  writeAsked = false;
  foundNone = Promise.resolve(false);
  void dbPromise?.then((db) => db.close()).catch(() => undefined);
  dbPromise = null;
}

/** What every connection does when another tab blocks it or needs it gone. */
const handlers: OpenDBCallbacks<FlarewiseDB> = {
  blocked() {
    // An older connection in another tab will not let go: say so now rather than hang.
    listeners.forEach((listener) => listener('blocked'));
  },
  blocking(_current, next) {
    // Another tab opened a newer version (or deleted the database): let it, and stop using this connection.
    // Reopening here would recreate old data under the other tab's feet, so every later call fails until a reload.
    void dbPromise?.then((db) => db.close());
    const closed = Promise.reject(new StorageUnavailableError('Flarewise was changed in another tab.', 'closed'));
    closed.catch(() => undefined);
    dbPromise = closed;
    listeners.forEach((listener) => listener(next === null ? 'deleted-elsewhere' : 'updated-elsewhere'));
  },
};

/**
 * Opens the database as it is stored (opening without a version never upgrades), and only when that is not this
 * app's version fetches the upgrade (upgrade.ts) and opens again with it. With no database yet, that first open is
 * called off before it creates anything: making the database is the upgrade's first step.
 */
async function openCurrent(): Promise<IDBPDatabase<FlarewiseDB>> {
  let creating = false;
  let found!: (none: boolean) => void;
  foundNone = new Promise((resolve) => { found = resolve; });
  const stored = await openDB<FlarewiseDB>(DB_NAME, undefined, {
    ...handlers,
    upgrade(_db, _oldVersion, _newVersion, tx) {
      creating = true;
      making = true;
      found(true);
      tx.done.catch(() => undefined);
      tx.abort();
    },
  }).catch((error: unknown) => {
    if (creating) return null;
    throw error;
  }).finally(() => found(false));
  if (stored?.version === DB_VERSION) return stored;
  stored?.close();
  try {
    const { upgradeDatabase } = await import('./upgrade');
    return await openDB<FlarewiseDB>(DB_NAME, DB_VERSION, { ...handlers, upgrade: upgradeDatabase });
  } finally {
    making = false;
  }
}
