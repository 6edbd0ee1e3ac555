/**
 * A phone checked in at Low back essentials, shared by the pain and after-session tests: the page is ready to
 * start the routine, and time moves only when the test moves it.
 */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { useBrowser } from './browser';
import { openCheckedInPhone, startAndReach as reach, type SeedOptions } from './seed';

export const ROUTINE = { id: 'low-back-essentials', name: 'Low back essentials' };

/** A phone-size page, onboarded and checked in green (pain 1 unless said), showing the routine's Start button. */
export async function openCheckedIn(browser: Browser, baseUrl: string, seed: SeedOptions = {}): Promise<{ page: Page; close(): Promise<void> }> {
  const phone = await openCheckedInPhone(browser, baseUrl, undefined, seed);
  await phone.page.getByRole('button', { name: `Start: ${ROUTINE.name}` }).waitFor();
  return phone;
}

/** For a test file: one browser for its tests, and the opener of a phone checked in at the routine. */
export function useCheckedInPhones(): (seed?: SeedOptions) => ReturnType<typeof openCheckedIn> {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  return (seed = {}) => openCheckedIn(browser(), baseUrl, seed);
}

/** Starts the routine and taps Skip until `name` is in a work phase, then lets 3 s of it play. */
export async function startAndReach(page: Page, name: string): Promise<void> {
  await reach(page, ROUTINE.name, name);
  await page.clock.runFor(3000);
}
