import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheSpeech, readSpeech, SPEECH_CACHE } from '../../src/audio/speech-cache';

const ORIGIN = 'https://flarewise.test';

/** A Cache Storage stand-in holding one named cache; `add` records a fetch of the address. */
function fakeCaches(held: string[]) {
  const fetched: string[] = [];
  const entries = new Map(held.map((path) => [`${ORIGIN}${path}`, new Response(path)]));
  const cache = {
    keys: async () => [...entries.keys()].map((url) => new Request(url)),
    match: async (url: string) => entries.get(new URL(url, ORIGIN).href),
    delete: async (request: Request) => entries.delete(request.url),
    add: async (url: string) => {
      fetched.push(url);
      entries.set(new URL(url, ORIGIN).href, new Response(url));
    },
  };
  const storage = {
    open: async (name: string) => (name === SPEECH_CACHE ? cache : Promise.reject(new Error(name))),
    match: async (url: string) => entries.get(new URL(url, ORIGIN).href),
  } as unknown as CacheStorage;
  return { storage, fetched, held: () => [...entries.keys()].map((url) => new URL(url).pathname) };
}

afterEach(() => { vi.unstubAllGlobals(); });

describe('the offline copy of the spoken words', () => {
  it('keeps the screen\'s language\'s recording, replaces an older rendering of it, and leaves the other language alone', async () => {
    vi.stubGlobal('location', { href: `${ORIGIN}/` });
    const caches = fakeCaches(['/assets/speech-es-419-OLDhash1.mp3', '/assets/speech-en-AAAAAAAA.mp3']);
    expect(await cacheSpeech('es-419', '/assets/speech-es-419-NEWhash2.mp3', caches.storage)).toBe(true);
    expect(caches.held().sort()).toEqual(['/assets/speech-en-AAAAAAAA.mp3', '/assets/speech-es-419-NEWhash2.mp3']);
    expect(caches.fetched).toEqual(['/assets/speech-es-419-NEWhash2.mp3']);
  });

  it('fetches nothing when the recording is already there', async () => {
    vi.stubGlobal('location', { href: `${ORIGIN}/` });
    const caches = fakeCaches(['/assets/speech-en-AAAAAAAA.mp3']);
    expect(await cacheSpeech('en', '/assets/speech-en-AAAAAAAA.mp3', caches.storage)).toBe(true);
    expect(caches.fetched).toEqual([]);
  });

  it('offline and never cached, tries no request at all: the names fall back to speech synthesis', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const caches = fakeCaches([]);
    expect(await cacheSpeech('en', '/assets/speech-en-AAAAAAAA.mp3', caches.storage)).toBe(false);
    await expect(readSpeech('/assets/speech-en-AAAAAAAA.mp3', caches.storage)).rejects.toThrow(/offline/);
    expect(caches.fetched).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads the recording from the cache offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const caches = fakeCaches(['/assets/speech-en-AAAAAAAA.mp3']);
    const bytes = await readSpeech('/assets/speech-en-AAAAAAAA.mp3', caches.storage);
    expect(new TextDecoder().decode(bytes)).toBe('/assets/speech-en-AAAAAAAA.mp3');
  });
});
