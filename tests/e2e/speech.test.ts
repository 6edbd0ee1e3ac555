/**
 * The spoken words (exercise names, sides, the breath pacer) on a phone that went offline after its first visit:
 * the screen's language's words were cached as soon as the service worker was ready, they decode in Chromium to
 * the length the offsets were cut from, and a routine started offline places the first exercise's name on the
 * audio clock. The other language's words are never fetched.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPhone, waitForServiceWorker } from './browser';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');
const words = JSON.parse(readFileSync('src/audio/speech/speech-en.json', 'utf8')) as Record<string, unknown> & { _totalMs: number };

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Records every sprite segment started on the audio clock: the buffer's rate and length (s), and where in it the segment starts (s). */
function recordClockStarts(): void {
  const starts: { rate: number; length: number; offset: number }[] = [];
  Object.defineProperty(window, '__starts', { value: starts });
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, when?: number, offset?: number, duration?: number) {
    if (this.buffer && offset !== undefined) starts.push({ rate: this.buffer.sampleRate, length: this.buffer.duration, offset });
    return start.call(this, when, offset, duration);
  };
}

/** The URLs the speech cache holds. */
const cachedSpeech = (page: Page) => page.evaluate(async () => (await (await caches.open('flarewise-speech')).keys()).map((r) => r.url));

describe('spoken words offline', () => {
  it('caches the screen\'s language\'s words once the worker is ready, and says the first exercise\'s name offline', async () => {
    const { page, context, watch, close } = await openPhone(browser, baseUrl, { contextOptions: { locale: 'en-GB' } });
    const sprites: string[] = [];
    context.on('request', (request) => { if (request.url().endsWith('.mp3')) sprites.push(request.url()); });
    await context.addInitScript(recordClockStarts);
    await page.goto(baseUrl);
    await seedCheckedIn(page, { checkIn: true, onboarded: true });
    await waitForServiceWorker(page);
    await expect.poll(() => cachedSpeech(page), { timeout: 20_000 }).toEqual([expect.stringMatching(/\/assets\/speech-en-[\w-]+\.mp3$/)]);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: /^Start: / }).first().click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    const names = Object.entries(words).filter(([key]) => key.startsWith('name-')).map(([, at]) => (at as [number, number])[0] / 1000);
    const spoken = async () => (await page.evaluate(() => (window as unknown as { __starts: { rate: number; length: number; offset: number }[] }).__starts))
      .filter((s) => s.rate === 16000);
    // The first exercise's name, from the 16 kHz words, decoded whole (its offsets hold only if no frame is lost or added).
    await expect.poll(async () => (await spoken()).some((s) => names.some((n) => Math.abs(n - s.offset) < 0.001)), { timeout: 20_000 }).toBe(true);
    const decoded = (await spoken())[0]?.length ?? 0;
    expect(Math.abs(decoded * 1000 - words._totalMs)).toBeLessThan(40);
    expect(sprites.filter((url) => url.includes('speech-es-419'))).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    await close();
  });
});
