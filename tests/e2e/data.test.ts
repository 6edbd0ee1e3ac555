/**
 * "Your data" in the built app with Chromium's real IndexedDB: a backup survives deleting everything, a bad file
 * changes nothing, a full disk does not stop a session, and another tab's upgrade is announced instead of breaking.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newWatchedContext, type ContextWatch } from './browser';
import { dumpBackedUpStores as dump, seedHistory } from './data-seed';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;
const ROUTINE = 'Five-minute desk break';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function openPhone(): Promise<{ page: Page; watch: ContextWatch; close(): Promise<void> }> {
  const { context, watch } = await newWatchedContext(browser, baseUrl, { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await seedCheckedIn(page);
  return {
    page, watch,
    async close() {
      expect(watch.cspViolations).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await context.close();
    },
  };
}

async function openYourData(page: Page): Promise<void> {
  await page.goto(at('/settings'));
  await page.getByRole('link', { name: /Your data/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
}

describe('your data', () => {
  it('saves a backup, deletes everything back to the first run, and brings the backup back', async () => {
    const { page, close } = await openPhone();
    await seedHistory(page);
    await openYourData(page);
    await page.getByText(/Not protected yet|Kept safe/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^flarewise-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const saved = JSON.parse(await readFile(file, 'utf8')) as { format: string; data: { sessions: unknown[]; customRoutines: unknown[] } };
    expect(saved.format).toBe('flarewise-backup');
    expect(saved.data.sessions).toHaveLength(3);
    const before = await dump(page);

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    const confirm = page.getByRole('alertdialog');
    expect(await confirm.innerText()).toContain('3 sessions, 1 check-in, and 1 custom routine');
    expect(await page.getByRole('button', { name: 'Delete everything' }).isDisabled()).toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('delete');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('heading', { name: 'Welcome to Flarewise' }).waitFor();
    expect(JSON.parse(await dump(page))[3]).toEqual([]);

    await page.goto(at('/settings/data'));
    await page.getByLabel('Choose a backup file').setInputFiles(file);
    const preview = page.getByRole('region', { name: 'What this file holds' });
    expect(await preview.innerText()).toContain('Adding what is missing brings in 3 sessions, 1 check-in, 1 custom routine, and 1 setting.');
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText('Your backup is back in place.').waitFor();
    // The same records (key order inside a record may differ: the import writes them as validated), the check-ins
    // marked as brought in: they never answer a day's safety questions on this device.
    const [checkIns, ...rest] = JSON.parse(before) as [Record<string, unknown>[], ...unknown[]];
    expect(JSON.parse(await dump(page))).toEqual([checkIns.map((c) => ({ ...c, origin: 'imported' })), ...rest]);
    await page.goto(at('/library'));
    await expect.poll(() => page.getByText('My evening hips').count()).toBeGreaterThan(0);
    await close();
  });

  it('refuses a bad file in plain words, keeps the technical detail behind Details, and changes nothing', async () => {
    const { page, close } = await openPhone();
    await seedHistory(page);
    await openYourData(page);
    const before = await dump(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup file' }).click()]);
    const good = JSON.parse(await readFile(await download.path(), 'utf8')) as { data: { sessions: Record<string, unknown>[] } };
    (good.data.sessions[1] as Record<string, unknown>)['day'] = '2026-02-30';
    const input = page.getByLabel('Choose a backup file');
    await input.setInputFiles({ name: 'feb30.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toBe('This file was not used: session 2 has an impossible date. Nothing has changed.');
    const details = page.getByText('Details', { exact: true });
    expect(await page.getByText(/data\.sessions\[1\]\.day/).isVisible()).toBe(false);
    await details.click();
    expect(await page.getByText(/data\.sessions\[1\]\.day/).isVisible()).toBe(true);

    await input.setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"flarewise-backup","__proto__":{"admin":true}}') });
    await page.getByRole('alert').getByText('This file was not used: it holds something a backup never holds, which could be harmful. Nothing has changed.').waitFor();
    await input.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"flarewise-backup","version":1,"data":{"ses') });
    await page.getByRole('alert').getByText(/it cannot be read as a backup/).waitFor();
    expect(await page.getByRole('button', { name: 'Replace everything' }).count()).toBe(0);
    expect(await dump(page)).toBe(before);
    await close();
  });

  it('keeps a session playing when the disk is full, and says progress cannot be saved', async () => {
    const { page, close } = await openPhone();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl).origin, quotaSize: 1 });
    // Chromium trusts its last space check for 30 s after a write (the seeding above), so let that lapse.
    await page.waitForTimeout(31_000);
    await page.getByRole('button', { name: `Start: ${ROUTINE}` }).click();
    await page.locator('#exercise-name').waitFor();
    await page.getByRole('alert').getByText('This session keeps going, but it cannot be saved right now.').waitFor();
    const first = await page.locator('#exercise-name').textContent();
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await page.waitForFunction((name) => document.querySelector('#exercise-name')?.textContent !== name, first);
    expect(new URL(page.url()).pathname).toBe('/play');
    // A few seconds of work, so the session is one worth keeping (an empty one is not recorded at all).
    await page.locator('.phase').filter({ hasText: /^(Go|Hold|Breathe)$/ }).waitFor();
    await page.waitForTimeout(4_000);
    // The summary says why, in plain words.
    await page.getByRole('button', { name: 'End' }).click();
    await page.getByRole('button', { name: 'Yes, end now' }).click();
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    await page.getByRole('alert').getByText(/the device storage is full/).waitFor();
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl).origin });
    await close();
  }, 90_000);

  it('shows a reload notice when another tab opens a newer database, without stopping the session', async () => {
    const { page, close } = await openPhone();
    await page.getByRole('button', { name: `Start: ${ROUTINE}` }).click();
    await page.locator('#exercise-name').waitFor();
    const other = await page.context().newPage();
    await other.goto(at('/settings'));
    const opened = await other.evaluate(() => new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('flarewise', 99);
      request.onsuccess = () => { const version = request.result.version; request.result.close(); resolve(version); };
      request.onerror = () => reject(request.error);
    }));
    expect(opened).toBe(99);
    const notice = page.getByRole('alert').filter({ hasText: 'Flarewise was updated in another tab. Reload to continue.' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('This session keeps going');
    expect(await notice.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/play');
    expect(await page.locator('#exercise-name').isVisible()).toBe(true);
    await close();
  });
});
