/** Half a year of a person's history, made the same every time, written into the app's IndexedDB for the report tests. */
import type { Page } from 'playwright-core';
import { waitForAppDatabase } from './seed';

const DAY_MS = 86_400_000;
const ROUTINE = { id: 'desk-break', name: 'Five-minute desk break' };
const EXERCISES = [['shoulder-rolls', 'Shoulder rolls'], ['knee-rocks', 'Knee rocks'], ['seated-marching', 'Seated marching'],
  ['glute-squeeze', 'Buttock squeeze'], ['pelvic-tilt', 'Pelvic tilt'], ['diaphragmatic-breathing', 'Belly breathing']] as const;

/** Days that carry something a clinician must see, with what happened. */
export const EVENTS = {
  /** A pain stop: Knee rocks stopped at 7/10 on a day that checked in at 4. */
  painStop: { day: '2026-10-14', exercise: 'Knee rocks', pain: 7, checkInPain: 4 },
  /** A see-doctor result from "pain that keeps getting worse". */
  seeDoctor: { day: '2026-11-03' },
  /** A flare week. */
  flare: ['2026-10-20', '2026-10-21', '2026-10-22'],
} as const;

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (ms: number) => { const d = new Date(ms); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };

/** A deterministic 0..1 number for day n and a salt (no Math.random: the report must read the same each run). */
const noise = (n: number, salt: number) => ((Math.sin(n * 12.9898 + salt * 78.233) * 43_758.5453) % 1 + 1) % 1;

/** The check-in and (three days a week) the session of each day from `first` to `last`, as the app stores them. */
export function halfYear(first: string, last: string): { sessions: unknown[]; checkIns: unknown[] } {
  const sessions: unknown[] = [];
  const checkIns: unknown[] = [];
  const flare = new Set<string>(EVENTS.flare);
  for (let at = new Date(`${first}T08:00:00`).getTime(), n = 0; dayOf(at) <= last; at += DAY_MS, n += 1) {
    const day = dayOf(at);
    if (noise(n, 1) < 0.12 && !flare.has(day) && day !== EVENTS.painStop.day && day !== EVENTS.seeDoctor.day) continue; // a day without a check-in
    const pain = flare.has(day) ? 7 : day === EVENTS.painStop.day ? EVENTS.painStop.checkInPain : 1 + Math.floor(noise(n, 2) * 4);
    const fatigue = flare.has(day) ? 8 : 2 + Math.floor(noise(n, 3) * 4);
    const triage = day === EVENTS.seeDoctor.day ? 'see-doctor' : 'none';
    checkIns.push({
      date: day, at, flare: flare.has(day) ? 'moderate' : 'none', pain, fatigue, hotJoints: [], safety: {},
      tier: { tier: flare.has(day) ? 'red' : pain >= 4 ? 'amber' : 'green', reasons: [] },
      triage: { outcome: triage, reasons: triage === 'none' ? [] : ['worsening-despite-treatment'], unanswered: [] }, origin: 'device',
    });
    const weekday = new Date(at).getDay();
    if (flare.has(day) || ![1, 3, 5].includes(weekday) && day !== EVENTS.painStop.day) continue;
    const startedAt = at + 3_600_000;
    const skipped = noise(n, 4) < 0.2 ? 4 : -1;
    sessions.push({
      id: `${startedAt}-${ROUTINE.id}`, routineId: ROUTINE.id, routineName: ROUTINE.name, day, tier: pain >= 4 ? 'amber' : 'green', level: 1,
      startedAt, endedAt: startedAt + 420_000, activeSeconds: 400, painAfter: Math.max(0, pain - 1), effort: 'about-right',
      ...(n % 17 === 0 ? { note: 'Hips stiff after a long drive, went gently' } : {}),
      exercises: EXERCISES.map(([exerciseId, name], i) => {
        const stopped = day === EVENTS.painStop.day && name === EVENTS.painStop.exercise;
        const outcome = stopped ? 'stopped-for-pain' : i === skipped ? 'skipped' : 'done';
        return {
          exerciseId, name, setsPlanned: 1, setsDone: outcome === 'done' ? 1 : 0, repsDone: outcome === 'done' ? 8 : 2,
          secondsWorked: outcome === 'skipped' ? 0 : 40, painReports: stopped ? [5, EVENTS.painStop.pain] : [], outcome,
        };
      }),
    });
  }
  return { sessions, checkIns };
}

/** Marks the first run done, stores the history and the profile, and opens the home screen afresh. */
export async function seedHalfYear(page: Page, first: string, last: string, profile: Record<string, unknown> = {}): Promise<void> {
  const { sessions, checkIns } = halfYear(first, last);
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
    tx.objectStore('settings').put({ key: 'profile', value: profile });
    for (const s of sessions) tx.objectStore('sessions').put(s);
    for (const c of checkIns) tx.objectStore('checkIns').put(c);
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, { sessions, checkIns, profile });
  await page.goto(new URL('/', page.url()).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
