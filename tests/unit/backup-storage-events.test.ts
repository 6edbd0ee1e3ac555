/** When storage misbehaves: another tab upgrades or deletes the database, the disk is full, an upgrade is blocked. */
import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { onDatabaseEvent, openFlarewiseDB, resetFlarewiseDB, type DatabaseEvent } from '../../src/storage/db';
import { eraseAllData } from '../../src/storage/erase';
import { DB_NAME } from '../../src/storage/schema';
import { loadPreferences } from '../../src/storage/settings';
import { createStorageWatch, describeStorageError } from '../../src/state/storage-watch';

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

/** Records database events until the returned stop() is called. */
function record(): { events: DatabaseEvent[]; stop(): void } {
  const events: DatabaseEvent[] = [];
  return { events, stop: onDatabaseEvent((e) => events.push(e)) as () => void };
}

describe('storage shared with other tabs', () => {
  it('lets another tab open a newer version, says so, and stops using the old connection', async () => {
    await openFlarewiseDB();
    const seen = record();
    const newer = await openDB(DB_NAME, 99);
    expect(seen.events).toEqual(['updated-elsewhere']);
    await expect(loadPreferences()).rejects.toMatchObject({ kind: 'closed' });
    newer.close();
    seen.stop();
  });

  it('tells a tab its data was deleted elsewhere, and does not quietly recreate it', async () => {
    await openFlarewiseDB();
    const seen = record();
    await deleteDB(DB_NAME);
    expect(seen.events).toEqual(['deleted-elsewhere']);
    await expect(openFlarewiseDB()).rejects.toMatchObject({ kind: 'closed' });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    seen.stop();
  });

  it('reports a blocked upgrade at once instead of waiting in silence', async () => {
    // An old tab at version 1 that ignores versionchange and never lets go.
    const older = await openDB(DB_NAME, 1, {
      upgrade(v1) { for (const [store, keyPath] of [['sessions', 'id'], ['checkpoint', 'id'], ['settings', 'key']] as const) v1.createObjectStore(store as never, { keyPath }); },
    });
    const seen = record();
    const opening = openFlarewiseDB().catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.events).toEqual(['blocked']);
    older.close();
    expect(await opening).not.toBeInstanceOf(Error);
    seen.stop();
  });

  it('keeps the first notice: a later blocked open does not replace "updated in another tab"', () => {
    createRoot((dispose) => {
      let emit: (e: DatabaseEvent) => void = () => undefined;
      const watch = createStorageWatch((listener) => { emit = listener; }, () => undefined);
      emit('updated-elsewhere');
      emit('blocked');
      expect(watch.event()).toBe('updated-elsewhere');
      dispose();
    });
  });
});

describe('storage problems in words', () => {
  it('names a full disk, a closed database and a timeout plainly', () => {
    expect(describeStorageError(new DOMException('Quota exceeded', 'QuotaExceededError'))).toMatch(/storage is full/);
    expect(describeStorageError(Object.assign(new Error('x'), { kind: 'closed' }))).toMatch(/another tab/);
    expect(describeStorageError(Object.assign(new Error('x'), { kind: 'timeout' }))).toMatch(/did not respond/);
    expect(describeStorageError(new Error('Something else'))).toBe('Something else');
  });
});

describe('deleting everything', () => {
  it('deletes the database, every cache and local storage, and unregisters the service worker', async () => {
    await openFlarewiseDB();
    const deleted: string[] = [];
    let cleared = false;
    let unregistered = 0;
    await eraseAllData({
      caches: { keys: async () => ['workbox-precache', 'images'], delete: async (name: string) => { deleted.push(name); return true; } },
      localStorage: { clear: () => { cleared = true; } },
      serviceWorker: { getRegistrations: async () => [{ unregister: async () => { unregistered++; return true; } }] },
    });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    expect({ deleted, cleared, unregistered }).toEqual({ deleted: ['workbox-precache', 'images'], cleared: true, unregistered: 1 });
  });
});
