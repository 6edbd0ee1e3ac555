import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { REGIONS_SINCE_VERSION, TRIAGE_CODES_SINCE_VERSION, upgradeCheckIn, type AnyStoredCheckIn } from './check-in-upgrade';
import type { FlarewiseDB } from './schema';
import type { StoredSession } from '../engine/records/session-record';
import { isSessionV3, OUTCOMES_SINCE_VERSION, sessionFromV3 } from './session-upgrade';
import { rebuildSummary } from './summary-write';

/**
 * Brings the database from whatever version it was to this one, step by step, inside the upgrade's transaction.
 * It is its own chunk: db.ts fetches it only when the stored version is not the app's, so the visits in between
 * (nearly all of them) do not load it.
 */
export async function upgradeDatabase(
  db: IDBPDatabase<FlarewiseDB>,
  storedVersion: number,
  _newVersion: number | null,
  tx: IDBPTransaction<FlarewiseDB, ArrayLike<StoreNames<FlarewiseDB>>, 'versionchange'>,
): Promise<void> {
  // A database someone else made empty (opening it without a version does) is a new one here.
  const oldVersion = db.objectStoreNames.contains('sessions') ? storedVersion : 0;
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
}
