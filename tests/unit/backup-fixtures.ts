/** Records as the app stores them, for the backup tests and bench. */
import { openFlarewiseDB } from '../../src/storage/db';
import { rebuildSummary } from '../../src/storage/summary-write';
import type { Routine } from '../../src/engine/content/content-types';
import type { StoredCheckIn } from '../../src/engine/records/check-in-record';
import type { StoredSession } from '../../src/engine/records/session-record';

const DAY_MS = 86_400_000;
/** 2026-01-01T09:00:00Z: in the past, as every real check-in is (a future-dated check-in is refused). */
export const T0 = 1_767_258_000_000;

/** The local day 'YYYY-MM-DD' of day n after T0 (UTC, for fixtures). */
export const dayOf = (n: number): string => new Date(T0 + n * DAY_MS).toISOString().slice(0, 10);

/** A finished session on day n. */
export function sessionOn(n: number, routineId = 'morning-ease'): StoredSession {
  const startedAt = T0 + n * DAY_MS;
  return {
    id: `${startedAt}-${routineId}`, routineId, routineName: 'Morning ease', day: dayOf(n), tier: 'green', level: 0,
    startedAt, endedAt: startedAt + 600_000, activeSeconds: 580,
    exercises: [
      { exerciseId: 'bridge', name: 'Bridge', setsPlanned: 2, setsDone: 2, repsDone: 20, secondsWorked: 90, painReports: [], outcome: 'done' },
      { exerciseId: 'knee-rocks', name: 'Knee rocks', setsPlanned: 1, setsDone: 1, repsDone: 10, secondsWorked: 60, painReports: [2], outcome: 'done' },
    ],
    effort: 'about-right', painAfter: 2, timeZone: 'Europe/London',
  };
}

/** The check-in of day n. */
export function checkInOn(n: number): StoredCheckIn {
  return {
    flare: n % 7 === 0 ? 'mild' : 'none', pain: Math.abs(n) % 5, fatigue: 3, hotJoints: [], safety: { fever: 'no', 'leg-weakness': 'no' },
    date: dayOf(n), at: T0 + n * DAY_MS - 60_000, morning: 'same',
    triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device',
    tier: { tier: n % 7 === 0 ? 'amber' : 'green', reasons: n % 7 === 0 ? [{ code: 'flare', value: 'mild' }] : [] },
  };
}

/** A routine the user built. */
export function customRoutine(n: number): Routine {
  return {
    id: `custom-${n}`, name: `My routine ${n}`, purpose: 'Hips', suits: 'Any day', timeOfDay: 'any',
    warmUp: [], main: [{ exercise: 'bridge', dose: { sets: 1, reps: 8, perSide: false, restSeconds: 20 } }, { exercise: 'knee-rocks' }], coolDown: [],
  };
}

/** Fills the database: `days` of sessions and check-ins, two routines, settings and a checkpoint. */
export async function seed(days: number, from = 0): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction(['sessions', 'checkIns', 'customRoutines', 'settings', 'checkpoint', 'summary'], 'readwrite');
  for (let n = from; n < from + days; n++) {
    void tx.objectStore('sessions').put(sessionOn(n));
    void tx.objectStore('checkIns').put(checkInOn(n));
  }
  void tx.objectStore('customRoutines').put(customRoutine(1));
  void tx.objectStore('customRoutines').put(customRoutine(2));
  void tx.objectStore('settings').put({ key: 'preferences', value: { sound: true, voice: false, volume: 0.6 } });
  void tx.objectStore('settings').put({ key: 'weeklyGoal', value: 3 });
  void tx.objectStore('checkpoint').put({ id: 'current', routineId: 'morning-ease', routineName: 'Morning ease', savedAt: T0, state: {} as never });
  // As the app's own writes do, the summary follows the records in the same transaction.
  await Promise.all([rebuildSummary(tx), tx.done]);
}

/** Every store, checkpoint included, as one string: equal strings mean an unchanged database. */
export async function dumpDatabase(): Promise<string> {
  const db = await openFlarewiseDB();
  const stores = ['checkIns', 'checkpoint', 'customRoutines', 'sessions', 'settings'] as const;
  const all = await Promise.all(stores.map((store) => db.getAll(store)));
  return JSON.stringify(all);
}
