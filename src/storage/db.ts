import { openDB, type IDBPDatabase } from 'idb';
import { REGIONS_SINCE_VERSION, TRIAGE_CODES_SINCE_VERSION, upgradeCheckIn, type AnyStoredCheckIn } from './check-in-upgrade';
import { DB_NAME, DB_VERSION, type FlarewiseDB } from './schema';
import type { StoredSession } from '../engine/records/session-record';
import { isSessionV3, OUTCOMES_SINCE_VERSION, sessionFromV3 } from './session-upgrade';
import { rebuildSummary } from './summary';

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
          // Levels were stored from version 3 to 4 (removed in 5).
          (db as unknown as IDBPDatabase).createObjectStore('levels', { keyPath: 'routineId' });
          // Sessions from before check-ins were full routines at the prescribed level.
          let cursor = await tx.objectStore('sessions').openCursor();
          while (cursor) {
            const old = cursor.value as Partial<StoredSession> & StoredSession;
            await cursor.update({ ...old, tier: old.tier ?? 'green', level: old.level ?? 0 });
            cursor = await cursor.continue();
          }
        }
        if (oldVersion < REGIONS_SINCE_VERSION) {
          // Hot joints became regions and tier reasons became codes (check-in-upgrade.ts says how).
          let cursor = await tx.objectStore('checkIns').openCursor();
          while (cursor) {
            await cursor.update(upgradeCheckIn(cursor.value as unknown as AnyStoredCheckIn));
            cursor = await cursor.continue();
          }
        }
        if (oldVersion < 5) {
          // Sessions may carry a note from version 5 on. Nothing to move: a session without one simply has none.
          // The version still moves on, so a backup holding notes says it needs this version (an older app refuses
          // it as "made by a newer version" instead of as broken).
        }
        if (oldVersion < OUTCOMES_SINCE_VERSION) {
          // Each exercise gets one outcome (done, partly, skipped, stopped for pain) in place of flags and the
          // session-wide "completed" (session-upgrade.ts says what old records become). The stored levels go:
          // a routine's level and its reason are derived from the sessions and check-ins (clinical/level-today.ts).
          (db as unknown as IDBPDatabase).deleteObjectStore('levels');
          let cursor = await tx.objectStore('sessions').openCursor();
          while (cursor) {
            const old: unknown = cursor.value;
            if (isSessionV3(old)) await cursor.update(sessionFromV3(old));
            cursor = await cursor.continue();
          }
        }
        if (oldVersion < TRIAGE_CODES_SINCE_VERSION) {
          // A check-in's triage keeps codes only (its sentences came from the question ids), and each check-in says
          // where it was made: one made on another day than its own never answers that day's safety questions.
          let cursor = await tx.objectStore('checkIns').openCursor();
          while (cursor) {
            await cursor.update(upgradeCheckIn(cursor.value as unknown as AnyStoredCheckIn));
            cursor = await cursor.continue();
          }
        }
        if (oldVersion < 8) {
          // The summary (summary.ts): facts derived from the records, worked out from them once every step above has run.
          db.createObjectStore('summary', { keyPath: 'year' });
          await rebuildSummary(tx);
        }
      },
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
    }),
  ).catch((error: unknown) => {
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

/** Forgets the cached connection (tests delete the database between suites). */
export function resetFlarewiseDB(): void {
  void dbPromise?.then((db) => db.close()).catch(() => undefined);
  dbPromise = null;
}
