/**
 * The care-team report in the built app: half a year of history, the default range, the name and date of
 * birth, printed to PDF on one or two pages with the safety events and the pain scores, and shared as a file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPhone } from './browser';
import { EVENTS, seedHalfYear } from './report-seed';
import { waitForSavedSetting } from './seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;
const TODAY = '2026-11-24';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A phone in a British locale on Tuesday 24 November 2026, with half a year of history from 25 May. */
async function openWithHalfYear(init?: (page: Page) => Promise<void>) {
  const phone = await openPhone(browser, baseUrl, { time: new Date(`${TODAY}T14:00:00`), contextOptions: { acceptDownloads: true, locale: 'en-GB' } });
  await init?.(phone.page);
  await phone.page.goto(baseUrl);
  await phone.page.getByRole('heading', { level: 1 }).first().waitFor();
  await seedHalfYear(phone.page, '2026-05-25', TODAY, { steroidsLongTerm: true });
  return phone;
}

/** How many pages a PDF from Chromium has (each page object is written as "/Type /Page"). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

describe('the report for the care team', () => {
  it('covers the last twelve weeks, carries the name, and prints the events and pain scores on one or two pages', async () => {
    const { page, close } = await openWithHalfYear();
    await page.goto(at('/report'));
    await page.getByRole('heading', { name: 'Flarewise report, 2 Sept 2026 to 24 Nov 2026' }).waitFor();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2026-09-02');

    await page.getByText('Your name and date of birth on the report').click();
    await page.getByLabel('Name', { exact: true }).fill('Ana Pérez');
    await page.getByLabel('Name', { exact: true }).press('Tab');
    await page.getByLabel('Date of birth').fill('1984-03-09');
    await page.getByLabel('Date of birth').press('Tab');
    await waitForSavedSetting(page, 'reportDetails', 'birthDate', '1984-03-09');
    await page.reload();
    await page.getByText('Name: Ana Pérez').waitFor();
    await page.getByText('Date of birth: 9 Mar 1984').waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    const printed = await page.locator('article.report-body').innerText();
    expect(printed).toContain('Name: Ana Pérez');
    expect(printed).toMatch(/3 Nov 2026\s+See doctor\s+pain worsening despite treatment/);
    expect(printed).toMatch(new RegExp(`14 Oct 2026\\s+${EVENTS.painStop.exercise}\\s+7/10\\s+4/10`));
    expect(printed).toContain('stopped for pain: Knee rocks at 7/10');
    expect(printed).toMatch(/Flare days\s+20 Oct 2026 \(moderate, pain 7, fatigue 8\)/);
    expect(printed).toContain('I have taken steroids');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(`/tmp/flarewise-report-${format}.pdf`, pdf);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pageCount(pdf), `${format} pages`).toBeGreaterThanOrEqual(1);
      expect(pageCount(pdf), `${format} pages`).toBeLessThanOrEqual(2);
    }
    await close();
  }, 150_000);

  it('opens on the days since first use for someone who began less than twelve weeks ago', async () => {
    const { page, close } = await openPhone(browser, baseUrl, { time: new Date(`${TODAY}T14:00:00`), contextOptions: { locale: 'en-GB' } });
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await seedHalfYear(page, '2026-11-10', TODAY);
    await page.goto(at('/report'));
    await page.getByRole('heading', { name: 'Flarewise report, 10 Nov 2026 to 24 Nov 2026' }).waitFor();
    expect(await page.getByRole('table', { name: 'Week by week' }).getByRole('row').count()).toBe(1 + 3);
    await close();
  });

  it('shares the report as a file where the device can share files, and downloads it where it cannot', async () => {
    const { page, close } = await openWithHalfYear(async (p) => {
      // A device whose share sheet takes files: record what it was handed.
      await p.addInitScript(() => {
        const shared: string[] = [];
        Object.assign(window, { sharedFiles: shared });
        Object.assign(navigator, {
          canShare: (data: { files?: File[] }) => Array.isArray(data.files),
          share: async (data: { files: File[] }) => { for (const f of data.files) shared.push(`${f.name} ${f.type} ${await f.text()}`); },
        });
      });
    });
    await page.goto(at('/report'));
    await page.getByRole('heading', { name: /^Flarewise report/ }).waitFor();
    await page.getByRole('button', { name: 'Share the report' }).click();
    await page.getByText('Report shared.').waitFor();
    const [file] = await page.evaluate(() => (window as unknown as { sharedFiles: string[] }).sharedFiles);
    expect(file).toMatch(/^flarewise-report-2026-11-24\.html text\/html/);
    expect(file).toContain('Flarewise report, 2 Sept 2026 to 24 Nov 2026');
    expect(file).not.toContain('<button');
    await close();

    const plain = await openWithHalfYear();
    await plain.page.goto(at('/report'));
    await plain.page.getByRole('heading', { name: /^Flarewise report/ }).waitFor();
    const [download] = await Promise.all([plain.page.waitForEvent('download'), plain.page.getByRole('button', { name: 'Share the report' }).click()]);
    expect(download.suggestedFilename()).toBe('flarewise-report-2026-11-24.html');
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Knee rocks at 7/10');
    await plain.page.getByText(/^Saved flarewise-report-2026-11-24\.html/).waitFor();
    await plain.close();
  }, 150_000);
});
