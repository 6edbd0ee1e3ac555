/** Writes past sessions and check-ins into the app's IndexedDB for the history browser tests, then opens the home screen. */
export { readLibrary } from './content-from-disk';
import type { Page } from 'playwright-core';
import { waitForAppDatabase } from './seed';

/** A past session of the desk break; `stopped` names an exercise id stopped for pain. */
export interface SeedSession { day: string; painAfter?: number; stopped?: string }

/** A past check-in; green with no warning signs unless said otherwise. */
export interface SeedCheckIn {
  date: string; pain: number; fatigue: number;
  flare?: 'none' | 'mild' | 'moderate' | 'severe'; tier?: 'green' | 'amber' | 'red'; triage?: 'none' | 'see-doctor' | 'caution';
}

/** The exercise library read from exercises/, as the app builds it. */

/** Marks the first run done (goal 3 a week), stores the sessions, check-ins and profile flags, and opens the home screen. */
export async function seedHistory(page: Page, sessions: SeedSession[], checkIns: SeedCheckIn[], profile: Record<string, boolean> = {}): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(async ({ sessions, checkIns, profile }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['settings', 'sessions', 'checkIns'], 'readwrite');
    tx.objectStore('settings').put({ key: 'onboarded', value: true });
    tx.objectStore('settings').put({ key: 'weeklyGoal', value: 3 });
    if (Object.keys(profile).length) tx.objectStore('settings').put({ key: 'profile', value: profile });
    for (const s of sessions) {
      const startedAt = new Date(`${s.day}T09:00:00`).getTime();
      const outcome = (exerciseId: string, name: string) => ({
        exerciseId, name, setsPlanned: 2, setsDone: exerciseId === s.stopped ? 0 : 2, repsDone: 10, secondsWorked: 60,
        painReports: exerciseId === s.stopped ? [6] : [], outcome: exerciseId === s.stopped ? 'stopped-for-pain' : 'done',
      });
      tx.objectStore('sessions').put({
        id: `${startedAt}-desk-break`, routineId: 'desk-break', routineName: 'Desk break', day: s.day, tier: 'green', level: 1,
        startedAt, endedAt: startedAt + 600_000, activeSeconds: 600,
        exercises: [outcome('shoulder-rolls', 'Shoulder rolls'), outcome('knee-rocks', 'Knee rocks')],
        ...(s.painAfter === undefined ? {} : { painAfter: s.painAfter }),
      });
    }
    for (const c of checkIns) {
      const triage = c.triage ?? 'none';
      tx.objectStore('checkIns').put({
        date: c.date, at: new Date(`${c.date}T08:00:00`).getTime(), flare: c.flare ?? 'none', pain: c.pain, fatigue: c.fatigue,
        hotJoints: [], safety: {}, tier: { tier: c.tier ?? (triage === 'none' ? 'green' : 'amber'), reasons: [] },
        triage: { outcome: triage, reasons: triage === 'none' ? [] : ['worsening-despite-treatment'], unanswered: [] }, origin: 'device',
      });
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, { sessions, checkIns, profile });
  // The first visit was sent to /welcome before the seed said onboarded: open today's screen afresh.
  await page.goto(new URL('/', page.url()).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
