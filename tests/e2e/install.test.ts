/**
 * Installing: where Chromium offers installation (beforeinstallprompt), the home screen shows an
 * "Install app" button; once running installed (display-mode standalone) it offers nothing.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchProfileContext } from './browser';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');
let close: (() => Promise<void>) | undefined;
afterEach(async () => { await close?.(); close = undefined; });

describe('installing Flarewise', () => {
  it('shows an Install app button on the home screen when the browser offers installation', async () => {
    const profile = await launchProfileContext(baseUrl);
    close = profile.close;
    const page = await profile.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      window.addEventListener('beforeinstallprompt', () => Object.assign(window, { __offered: true }));
    });
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await expect.poll(() => page.evaluate(() => (window as { __offered?: boolean }).__offered === true)).toBe(true);
    const install = page.getByRole('button', { name: 'Install app' });
    await install.waitFor();
    mkdirSync('test-results/screenshots', { recursive: true });
    await install.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/install-button.png' });
    expect(profile.watch.cspViolations).toEqual([]);
  });

  it('offers nothing once running as an installed app', async () => {
    const profile = await launchProfileContext(baseUrl);
    close = profile.close;
    const page = await profile.context.newPage();
    // Headless Chromium cannot open an installed window; this is what the app reads to know it is one.
    await page.addInitScript(() => {
      const real = window.matchMedia.bind(window);
      window.matchMedia = (query: string) => (query.includes('display-mode: standalone')
        ? { ...real(query), matches: true, media: query } as MediaQueryList : real(query));
    });
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.waitForTimeout(1500);
    expect(await page.getByRole('button', { name: 'Install app' }).count()).toBe(0);
    expect(await page.getByText(/Add to Home Screen/).count()).toBe(0);
  });
});
