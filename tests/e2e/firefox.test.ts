/**
 * The app in Firefox ESR (driven through WebDriver BiDi by puppeteer-core; playwright-core's Firefox needs
 * its own patched build): it loads, its service worker takes over, a check-in kept in IndexedDB is read back
 * after a reload, and a routine plays its cues (on the audio clock where the machine has sound).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { decodeToneOnsets, expectTonesOnTime, TONE_STARTS } from './sprite-onsets';

const baseUrl = inject('baseUrl');
// The length of the English spoken words, as scripts/render-cues.sh cut their offsets.
const SPEECH_EN_MS = (JSON.parse(readFileSync('src/audio/speech/speech-en.json', 'utf8')) as { _totalMs: number })._totalMs;
let browser: Browser;

/** Writes "first run done" and a green check-in for today straight into the app's database (as tests/e2e/seed.ts does). */
function seedInPage(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('flarewise');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      const tx = db.transaction(['settings', 'checkIns'], 'readwrite');
      tx.objectStore('settings').put({ key: 'onboarded', value: true });
      tx.objectStore('checkIns').put({
        flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date, at: now.getTime(),
        triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device', tier: { tier: 'green', reasons: [] },
      });
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Counts every cue event, and those whose sound was placed ahead on the audio clock. */
function countCuesInPage(): void {
  const record = { fired: 0, onClock: 0 };
  Object.defineProperty(window, '__cues', { value: record });
  window.addEventListener('flarewise:cue', (event) => {
    record.fired += 1;
    if ((event as CustomEvent<{ heardAt?: number }>).detail.heardAt !== undefined) record.onClock += 1;
  });
}

/** Waits until `least` cues have fired (page.waitForFunction would build a Function, which the app's CSP refuses). */
async function pollCues(page: Page, least: number): Promise<{ fired: number; onClock: number }> {
  const read = () => page.evaluate(() => ({ ...(window as unknown as { __cues: { fired: number; onClock: number } }).__cues }));
  const until = Date.now() + 20_000;
  let cues = await read();
  while (cues.fired < least && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    cues = await read();
  }
  return cues;
}

/** Waits (up to 20 s) until `check` answers true. */
async function pollUntil(check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 20_000;
  while (!(await check()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
}

const heading = (page: Page) => page.waitForSelector('h1', { timeout: 20_000 });

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: null, // Firefox ESR's BiDi has no screen-orientation override, which setting a viewport needs
    // A machine without a sound card still runs the audio clock; autoplay follows the Start tap as on a phone.
    extraPrefsFirefox: { 'media.autoplay.default': 0, 'media.autoplay.blocking_policy': 0, 'media.autoplay.block-webaudio': false },
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('Firefox ESR', () => {
  it('loads, becomes offline-ready, keeps a check-in in IndexedDB and plays a routine with its cues', async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(countCuesInPage);
    await page.goto(baseUrl);
    await heading(page);
    const controlled = await page.evaluate(() => Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000)),
    ]));
    expect(controlled, 'service worker ready').toBe(true);

    // The app makes its database on its first open (seed.ts, waitForAppDatabase): wait for it before seeding.
    await pollUntil(() => page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'flarewise' && (db.version ?? 0) > 1)));
    await page.evaluate(seedInPage);
    await page.reload();
    await heading(page);
    // Read back from IndexedDB by the app itself: with today's check-in, the routine offers to start.
    await page.goto(`${baseUrl}routine/desk-break`);
    const start = await page.locator('::-p-text(Start this routine)').waitHandle();
    await start.click();
    const cues = await pollCues(page, 4);
    expect(cues.fired).toBeGreaterThanOrEqual(4);
    // This machine has no sound device, so Firefox's audio clock never starts: then the cues still come on time
    // on screen, and the person is told the sound is off. With a sound device they are placed on the audio clock.
    const soundOffShown = await page.evaluate(() => document.body.innerText.includes('Sound is off'));
    expect(cues.onClock > 0 || soundOffShown, 'cues on the audio clock, or "Sound is off" said plainly').toBe(true);
    expect(await page.evaluate(() => document.querySelector('.phase')?.textContent)).not.toBe('Paused');

    await page.reload();
    await heading(page);
    const stored = await page.evaluate(() => new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const count = request.result.transaction('checkIns').objectStore('checkIns').count();
        count.onsuccess = () => resolve(count.result);
      };
    }));
    expect(stored, 'the check-in is still there after reloads').toBe(1);
    await page.close();
  }, 150_000);

  it('caches the spoken words of the screen\'s language and decodes them to the length their offsets were cut from', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await heading(page);
    const decodedMs = await page.evaluate(async () => {
      for (let tries = 0; tries < 80; tries += 1) {
        const [cached] = await (await caches.open('flarewise-speech')).keys();
        if (cached) {
          const bytes = await (await caches.match(cached))?.arrayBuffer() ?? new ArrayBuffer(0);
          return { url: cached.url, ms: (await new OfflineAudioContext(1, 1, 16000).decodeAudioData(bytes)).duration * 1000 };
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return null;
    });
    expect(decodedMs?.url).toMatch(/\/speech-en-[\w-]+\.mp3$/);
    expect(Math.abs((decodedMs?.ms ?? 0) - SPEECH_EN_MS)).toBeLessThan(40);
    await page.close();
  }, 60_000);

  it('decodes the cue sprite (the MP3 every browser plays) with every tone within 5 ms of its offset', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await heading(page);
    expectTonesOnTime(await page.evaluate(decodeToneOnsets, { url: `${baseUrl}audio/cues.mp3`, tones: TONE_STARTS }));
    await page.close();
  }, 60_000);
});
