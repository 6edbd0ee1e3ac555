/**
 * Things a tired hand or eye needs, measured on a phone (390x844): every control at least 44x44 px,
 * text at 200% without sideways scrolling or cut-off words (in Spanish, the longer language, also at 320 px),
 * no motion when motion is reduced, and every cue shown.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { SCREENS, openSeededPage, showScreen } from './screen-tour.mjs';
import { sidewaysOverflow } from './text-overflow';

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
const screen = (name: string) => SCREENS.find((s) => s.name === name) ?? SCREENS[0]!;
// The session screens are reached by English button names in the tour; the player is checked in English.
const PLAYER_SCREENS = ['player', 'player-pain', 'done'];

/** Every visible control smaller than 44x44 px; a input counts with its label, inline links in text are exempt. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="spinbutton"], [tabindex="0"]');
    return [...controls].flatMap((el) => {
      if (el.closest('p, li > span, td') && el.tagName === 'A') return [];
      const target = (el.matches('input') && el.closest('label')) || el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      if (getComputedStyle(el).visibility === 'hidden') return [];
      if (box.width >= 44 && box.height >= 44) return [];
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return [`<${el.tagName.toLowerCase()}> "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`];
    });
  });
}

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('touch targets', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    page = await openSeededPage(context, baseUrl);
  });
  afterAll(async () => { await context?.close(); });

  for (const tour of SCREENS) {
    it(`every control on ${tour.name} is at least 44x44 px`, async () => {
      await showScreen(page, baseUrl, tour);
      const small = await smallTargets(page);
      expect(small, `${tour.name}:\n${small.join('\n')}`).toEqual([]);
    });
  }
});

describe('text at 200%, reduced motion and visible cues', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    // Doubling the root font size needs an inline style, which the app's CSP refuses: this context bypasses it.
    context = await browser.newContext({ viewport: PHONE, bypassCSP: true, reducedMotion: 'reduce', serviceWorkers: 'block' });
    page = await openSeededPage(context, baseUrl);
  });
  afterAll(async () => { await context?.close(); });

  for (const tour of SCREENS.filter((s) => !PLAYER_SCREENS.includes(s.name) || s.name === 'player')) {
    it(`${tour.name} reflows at 200% text with no sideways scrolling and no word cut off`, async () => {
      await showScreen(page, baseUrl, tour);
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      expect(await sidewaysOverflow(page), tour.name).toEqual([]);
    });
  }

  it('moves neither the progress ring nor the session bar when motion is reduced', async () => {
    await showScreen(page, baseUrl, screen('player'));
    const ring = await page.evaluate(() => {
      const parts = [...document.querySelectorAll('.ring-fill, .session-bar > div')].map((el) => getComputedStyle(el));
      return { parts: parts.length, moving: parts.filter((css) => css.transitionDuration.split(',').some((d) => parseFloat(d) > 0)).length };
    });
    expect(ring).toEqual({ parts: 2, moving: 0 });
  });

  it('shows each cue as a banner as well as sounding it', async () => {
    await showScreen(page, baseUrl, screen('player'));
    // The next cue sounds at the end of this work phase: move time until it comes.
    for (let i = 0; i < 300 && !(await page.locator('.cue-flash').count()); i += 1) await page.clock.runFor(200);
    expect((await page.locator('.cue-flash').textContent())?.trim()).not.toBe('');
    expect(await page.locator('.cue-flash').isVisible()).toBe(true);
  });
});

describe('Spanish at 200% text on a phone and on the narrowest phone', () => {
  for (const viewport of [PHONE, { width: 320, height: 568 }]) {
    it(`keeps every screen within ${viewport.width} px, every word whole, in Spanish at 200% text`, async () => {
      const context = await browser.newContext({ viewport, locale: 'es-MX', bypassCSP: true, reducedMotion: 'reduce', serviceWorkers: 'block' });
      const page = await openSeededPage(context, baseUrl);
      const problems: string[] = [];
      for (const tour of SCREENS.filter((s) => !PLAYER_SCREENS.includes(s.name))) {
        await showScreen(page, baseUrl, tour);
        expect(await page.evaluate(() => document.documentElement.lang), tour.name).toBe('es-419');
        await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
        problems.push(...(await sidewaysOverflow(page)).map((problem) => `${tour.name}: ${problem}`));
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
