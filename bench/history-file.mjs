/** The five-year backup the history benchmarks import: a session and a check-in on every day, ending today. */

const DAY_MS = 86_400_000;
/** Five years of days, a leap day included. */
export const DAYS = 5 * 365 + 1;

/** A backup file (JSON text) of a session and a check-in on every one of the last five years' days, ending today. */
export function historyFile() {
  const pad = (n) => String(n).padStart(2, '0');
  const localDay = (ms) => { const d = new Date(ms); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };
  const today = new Date();
  today.setHours(9, 0, 0, 0);
  const sessions = [];
  const checkIns = [];
  for (let n = 0; n < DAYS; n++) {
    const startedAt = today.getTime() - (DAYS - 1 - n) * DAY_MS;
    const day = localDay(startedAt);
    const flare = n % 7 === 0;
    checkIns.push({
      flare: flare ? 'mild' : 'none', pain: n % 5, fatigue: 3, hotJoints: 'none', safety: { fever: 'no' }, date: day, at: startedAt - 60_000,
      triage: { outcome: 'none', message: '', reasons: [], unanswered: [] }, tier: { tier: flare ? 'amber' : 'green', reasons: flare ? ['mild flare'] : [] },
    });
    sessions.push({
      id: `${startedAt}-morning-ease`, routineId: 'morning-ease', routineName: 'Morning ease', day, tier: flare ? 'amber' : 'green', level: 0,
      startedAt, endedAt: startedAt + 600_000, activeSeconds: 580, completed: true, stoppedForPain: [], effort: 'about-right', painAfter: n % 4,
      exercises: [
        { exerciseId: 'bridge', name: 'Bridge', setsPlanned: 2, setsDone: 2, repsDone: 16, secondsWorked: 90, skipped: false, endedEarly: false, painReports: [], stoppedForPain: false },
        { exerciseId: 'knee-rocks', name: 'Knee rocks', setsPlanned: 1, setsDone: 1, repsDone: 10, secondsWorked: 60, skipped: false, endedEarly: false, painReports: [2], stoppedForPain: false },
      ],
    });
  }
  const data = { sessions, checkIns, settings: [{ key: 'onboarded', value: true }, { key: 'weeklyGoal', value: 3 }], customRoutines: [], levels: [] };
  return JSON.stringify({ format: 'flarewise-backup', version: 1, exportedAt: new Date().toISOString(), schemaVersion: 3, data });
}

/**
 * Brings `file` (JSON text, or `{ path }` of a file) back through the Data screen of `page` (a fresh profile at `baseUrl`); resolves with the ms from the
 * tap to the message. `onTap` runs just before the tap.
 */
export async function importThroughDataScreen(page, baseUrl, file, onTap = () => undefined) {
  await page.goto(new URL('/settings/data', baseUrl).href);
  // A large file goes by its path: the browser reads it from disk, as a person's would.
  const chosen = typeof file === 'string' ? { name: 'five-years.json', mimeType: 'application/json', buffer: Buffer.from(file) } : file.path;
  await page.getByLabel('Choose a backup file').setInputFiles(chosen);
  await page.getByRole('button', { name: 'Replace everything' }).waitFor();
  // The app restarts itself on the imported data, so this is timed from outside: the tap to the message on the new page.
  onTap();
  const began = Date.now();
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await page.getByText('Your backup is back in place.').waitFor();
  return Date.now() - began;
}
