/**
 * The first seconds, as a phone sees them: a first visit opens straight on the welcome (no home
 * drawn and swapped out), and nothing on screen jumps while the app loads, not even when the
 * "ready to work offline" notice arrives. A returning visit opens on today's screen just as still.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPhone } from './browser';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Before any app script: sums layout shifts (as CLS does) and keeps every heading that was ever drawn. */
async function watchTheScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { shift: 0, headings: new Set<string>() };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) seen.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      for (const heading of document.querySelectorAll('h1, h2')) seen.headings.add(heading.textContent ?? '');
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** What the page saw: the summed layout shift and the headings drawn so far. */
async function whatWasSeen(page: Page): Promise<{ shift: number; headings: string[] }> {
  // Two frames later, so a shift from the last change has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const { seen } = window as unknown as { seen: { shift: number; headings: Set<string> } };
    return { shift: seen.shift, headings: [...seen.headings] };
  });
}

describe('the first seconds', () => {
  it('opens a first visit on the welcome, and nothing moves when the offline notice arrives', async () => {
    const { page, close } = await openPhone(browser, baseUrl);
    await watchTheScreen(page);
    await page.goto(baseUrl);
    await expect.poll(() => page.url()).toMatch(/\/welcome$/);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Flarewise' }).waitFor();
    const notice = page.getByText('Flarewise is ready to work offline.');
    await notice.waitFor();

    const { shift, headings } = await whatWasSeen(page);
    expect(shift).toBe(0);
    expect(headings).not.toContain('Choose a routine');
    // The notice takes its own place at the foot of the page: it overlaps nothing, and goes away by itself.
    const noticeBox = await notice.boundingBox();
    const nextBox = await page.getByRole('button', { name: 'Next' }).boundingBox();
    expect(noticeBox).not.toBeNull();
    expect(nextBox).not.toBeNull();
    expect(noticeBox!.y).toBeGreaterThanOrEqual(nextBox!.y + nextBox!.height);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.offline-note')!).position)).toBe('static');
    await notice.waitFor({ state: 'detached', timeout: 20_000 });
    await close();
  });

  it("opens a returning visit on today's screen without anything jumping as the cards arrive", async () => {
    const { page, close } = await openPhone(browser, baseUrl);
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await watchTheScreen(page);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Choose a routine' }).waitFor();
    // The streak card is its own small chunk: wait until it is in place before measuring.
    await page.getByText(/days? of taking care|Every small step counts|Today is a fresh start/).first().waitFor();
    const { shift, headings } = await whatWasSeen(page);
    expect(headings).not.toContain('Welcome to Flarewise');
    expect(shift).toBeLessThanOrEqual(0.01);
    await close();
  });
});
