/** Data for the "Your data" browser tests, written and read straight through the page's IndexedDB. */
import type { Page } from 'playwright-core';
import { waitForAppDatabase } from './seed';

/** Writes three finished sessions and a routine of the user's own, as the app would have. */
export async function seedHistory(page: Page): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['sessions', 'customRoutines'], 'readwrite');
    for (const day of [1, 2, 3]) {
      const startedAt = Date.UTC(2026, 10, day, 9);
      tx.objectStore('sessions').put({
        id: `${startedAt}-desk-break`, routineId: 'desk-break', routineName: 'Five-minute desk break', day: `2026-11-0${day}`,
        startedAt, endedAt: startedAt + 300_000, activeSeconds: 290, tier: 'green', level: 0, effort: 'about-right',
        exercises: [{ exerciseId: 'shoulder-rolls', name: 'Shoulder rolls', setsPlanned: 1, setsDone: 1, repsDone: 10, secondsWorked: 60, painReports: [], outcome: 'done' }],
      });
    }
    tx.objectStore('customRoutines').put({
      id: 'custom-evening', name: 'My evening hips', purpose: 'Hips', suits: 'Any day', warmUp: [], main: [{ exercise: 'bridge' }], coolDown: [],
    });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  });
}

/** Every record of the stores a backup holds, read straight from IndexedDB. */
export async function dumpBackedUpStores(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = ['checkIns', 'customRoutines', 'sessions', 'settings'];
    const tx = db.transaction(names, 'readonly');
    const all = await Promise.all(names.map((name) => new Promise((resolve) => {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
    })));
    db.close();
    return JSON.stringify(all);
  });
}
