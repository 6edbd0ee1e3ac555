/**
 * Every screen of the app and how to reach it with realistic data, shared by the accessibility,
 * touch-target tests and scripts/screenshots.mjs. Plain JS so the screenshot script can use it.
 */

/** The routine the tour plays, and its first exercise's work phase (ready 5 s, then work). */
const ROUTINE = { id: 'desk-break', name: 'Five-minute desk break' };

/** Writes onboarding, a green check-in today, three past sessions, a custom routine and a history. */
async function seedEverything(page) {
  await page.locator('h1').first().waitFor();
  // The app makes its database on its first open (seed.ts, waitForAppDatabase): wait for it before writing to it.
  const made = () => page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'flarewise' && db.version > 1));
  while (!(await made())) await page.waitForTimeout(50);
  await page.evaluate(async () => {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['settings', 'checkIns', 'sessions', 'customRoutines'], 'readwrite');
    tx.objectStore('settings').put({ key: 'onboarded', value: true });
    tx.objectStore('settings').put({ key: 'weeklyGoal', value: 3 });
    tx.objectStore('checkIns').put({
      flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date, at: now.getTime(),
      triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device',
      tier: { tier: 'green', reasons: [] },
    });
    for (const back of [1, 3, 5]) {
      const startedAt = now.getTime() - back * 86_400_000;
      const d = new Date(startedAt);
      const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      const outcome = (exerciseId, name) => ({ exerciseId, name, setsPlanned: 2, setsDone: 2, repsDone: 10,
        secondsWorked: 60, painReports: [], outcome: 'done' });
      tx.objectStore('sessions').put({
        id: `tour-${back}`, routineId: 'desk-break', routineName: 'Five-minute desk break', day, tier: 'green', level: 1,
        startedAt, endedAt: startedAt + 300_000, activeSeconds: 290, effort: 'about-right', painAfter: 2,
        exercises: [outcome('shoulder-rolls', 'Shoulder rolls'), outcome('knee-rocks', 'Knee rocks')],
      });
      tx.objectStore('checkIns').put({ date: day, at: startedAt, flare: 'none', pain: 2 + back % 3, fatigue: 3, hotJoints: [],
        safety: {}, tier: { tier: 'green', reasons: [] }, triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device' });
    }
    tx.objectStore('customRoutines').put({
      id: 'custom-evening', name: 'My evening hips', purpose: 'Hips', suits: 'Any day', warmUp: [], main: [{ exercise: 'bridge' }], coolDown: [],
    });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  });
}

/** Starts the tour routine from home and moves the (installed, paused) clock into its first work phase. */
async function startSession(page, baseUrl) {
  await page.goto(new URL('/', baseUrl).href);
  await page.getByRole('button', { name: `Start: ${ROUTINE.name}` }).click();
  await page.locator('#exercise-name').waitFor();
  await page.clock.runFor(6500);
}

const path = (p) => async (page, baseUrl) => { await page.goto(new URL(p, baseUrl).href); };

/** Screen name → how to open it on a seeded page (clock installed). */
export const SCREENS = Object.freeze([
  { name: 'welcome', open: path('/welcome') },
  { name: 'home', open: path('/') },
  { name: 'check-in', open: path('/check-in') },
  { name: 'precautions', open: path('/precautions') },
  { name: 'today', open: path('/today') },
  { name: 'player', open: startSession },
  { name: 'player-pain', open: async (page, baseUrl) => {
    await startSession(page, baseUrl);
    await page.getByRole('button', { name: 'Pain', exact: true }).click();
    await page.getByRole('dialog').waitFor();
  } },
  { name: 'done', open: async (page, baseUrl) => {
    await startSession(page, baseUrl);
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, end now' }).click();
    await page.waitForURL(/\/done$/);
  } },
  { name: 'library', open: path('/library') },
  { name: 'exercise', open: path('/exercise/bridge') },
  { name: 'routine', open: path(`/routine/${ROUTINE.id}`) },
  { name: 'routine-new', open: path('/routines/new') },
  { name: 'routine-edit', open: path('/routines/edit/custom-evening') },
  { name: 'settings', open: path('/settings') },
  { name: 'data', open: path('/settings/data') },
  { name: 'history', open: path('/history') },
  { name: 'session', open: path('/history/tour-1') },
  { name: 'report', open: path('/report') },
  { name: 'reminders', open: path('/reminders') },
]);

/** Opens a fresh page of the context at a fixed morning with a paused clock, seeded with everything. */
export async function openSeededPage(context, baseUrl) {
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
  await page.goto(baseUrl);
  await seedEverything(page);
  await page.clock.pauseAt(new Date('2026-11-24T09:00:30'));
  return page;
}

/** Opens one screen and waits until its heading has rendered and nothing is still loading. */
export async function showScreen(page, baseUrl, screen) {
  await screen.open(page, baseUrl);
  await page.locator('h1, h2').first().waitFor();
  await page.clock.runFor(500);
  await page.waitForLoadState('networkidle');
}
