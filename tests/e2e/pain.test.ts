/**
 * Pain during a session, in the built app on a phone under Playwright's clock: the pain sheet answers by
 * severity (stop for today first at a lot of pain, otherwise the easier variant first with time to change
 * position), a pain stop keeps the streak, and a routine skipped through is shown as skipped.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROUTINE, startAndReach, useCheckedInPhones } from './session-flow';

const openCheckedIn = useCheckedInPhones();

/** Reports a pain level (and, optionally, how it feels) with the Pain button and its sheet. */
async function reportPain(page: Page, level: number, kind?: 'Sharp' | 'Shooting' | 'New'): Promise<void> {
  await page.getByRole('button', { name: 'Pain', exact: true }).click();
  const sheet = page.getByRole('dialog', { name: /How much does it hurt/ });
  if (kind) await sheet.getByRole('button', { name: kind, exact: true }).click();
  await sheet.getByRole('button', { name: String(level), exact: true }).click();
}

describe('the pain sheet answers by severity', () => {
  it('a pain of 9 puts "Stop for today" first, with what to do now, and never another exercise', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Bridge');
    await reportPain(page, 9);
    const sheet = page.getByRole('alertdialog', { name: 'Let’s stop for today' });
    await sheet.getByText('Pain 9 of 10 is a lot.', { exact: false }).waitFor();
    const buttons = await sheet.getByRole('button').allTextContents();
    expect(buttons[0]).toBe('Stop for today');
    expect(buttons.join(' ')).not.toMatch(/Try .* instead|next exercise/);
    await sheet.getByRole('heading', { name: 'What to do now' }).waitFor();
    await sheet.getByText(/^Rest in a position that eases the pain/).waitFor();
    await sheet.getByText(/cool compress wrapped in a cloth/).waitFor();
    await sheet.getByText(/Call your care team if the pain has not settled within 2 hours/).waitFor();
    await sheet.getByRole('button', { name: 'Stop for today' }).click();
    // Stopping for pain is taking care: the summary says so, and today counts.
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    await page.getByText('You stopped for pain, and that was the right thing to do.', { exact: false }).waitFor();
    await page.locator('.outcome-stopped-for-pain').filter({ hasText: 'Stopped for pain' }).waitFor();
    await close();
  });

  it('a pain of 4 after a check-in of 3 in green offers the easier variant first, which starts with a get-ready lead-in', async () => {
    const { page, close } = await openCheckedIn({ pain: 3 });
    await startAndReach(page, 'Bridge');
    await reportPain(page, 4);
    const sheet = page.getByRole('alertdialog', { name: 'Pain 4 of 10 noted' });
    const buttons = await sheet.getByRole('button').allTextContents();
    expect(buttons).toEqual(['Try Buttock squeeze instead', 'Carry on gently', 'Stop for today']);
    await sheet.getByText('You get 10 seconds to change position first.', { exact: false }).waitFor();
    await sheet.getByRole('button', { name: 'Try Buttock squeeze instead' }).click();
    expect(await page.locator('#exercise-name').textContent()).toBe('Buttock squeeze');
    expect(await page.locator('.phase').textContent()).toBe('Get ready');
    expect(await page.getByRole('timer').textContent()).toBe('10');
    await page.clock.runFor(10_500);
    expect(await page.locator('.phase').textContent()).toBe('Hold');
    await close();
  });

  it('a sharp pain stops the exercise even at 2, and offers the easier variant first', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Bridge');
    await reportPain(page, 2, 'Sharp');
    const sheet = page.getByRole('alertdialog', { name: /stop Bridge here/ });
    await sheet.getByText(/^A sharp pain is a signal to stop this exercise, whatever its number/).waitFor();
    expect((await sheet.getByRole('button').allTextContents())[0]).toBe('Try Buttock squeeze instead');
    await close();
  });

  it('a pain of 3 in green after a check-in of 1 is only noted, and the exercise carries on', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Pelvic tilt');
    await reportPain(page, 3);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    expect(await page.locator('.pain-note').textContent()).toBe('Pain 3 of 10 noted. Go gently; stop if it gets worse.');
    const before = await page.getByRole('timer').textContent();
    await page.clock.runFor(2000);
    expect(await page.getByRole('timer').textContent()).not.toBe(before);
    await close();
  });
});

describe('credit that is true', () => {
  it('stopping at a pain stop keeps the streak: the day shows as a care day', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Bridge');
    await reportPain(page, 8);
    await page.getByRole('alertdialog', { name: 'Let’s stop for today' }).getByRole('button', { name: 'Stop for today' }).click();
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    await page.getByRole('button', { name: 'Back to today' }).click();
    await page.goto(new URL('/history', page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    await page.getByText('1 day of taking care.').waitFor();
    const calendar = page.getByRole('region', { name: 'Care calendar' });
    expect(await calendar.getByRole('cell', { name: /Tuesday,? (24 November|November 24): session/ }).count()).toBe(1);
    await close();
  });

  it('a routine skipped through is shown as skipped in the summary and in history, and is not a care day', async () => {
    const { page, close } = await openCheckedIn();
    await page.getByRole('button', { name: `Start: ${ROUTINE.name}` }).click();
    await page.locator('#exercise-name').waitFor();
    for (let i = 0; i < 300 && (await page.locator('#exercise-name').count()) > 0; i += 1) {
      await page.getByRole('button', { name: 'Skip', exact: true }).click();
    }
    await page.getByRole('heading', { name: 'Session ended' }).waitFor();
    const line = (await page.locator('.outcome-line').textContent()) ?? '';
    expect(line).toMatch(/^0 of (\d+) done, \1 skipped$/);
    await page.getByText('Nothing was done this time, and that is all right.', { exact: false }).waitFor();
    await page.goto(new URL('/history', page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    await page.getByText(line).first().waitFor();
    await page.getByRole('link', { name: /24 Nov 2026|Nov 24, 2026/ }).first().click();
    await page.getByText(line).first().waitFor();
    expect(await page.locator('.outcome-skipped').count()).toBeGreaterThan(0);
    await page.goto(new URL('/history', page.url()).href);
    expect(await page.getByRole('region', { name: 'Care calendar' }).getByRole('cell', { name: /Tuesday,? (24 November|November 24): session/ }).count()).toBe(0);
    await close();
  });
});
