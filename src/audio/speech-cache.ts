/**
 * The spoken-word sprites (src/audio/speech/, rendered by scripts/render-cues.sh) are not precached: each is a
 * few hundred KB and a person needs only their own language's. The service worker keeps them in this cache
 * (vite.config.ts), and the page fills it for the screen's language (src/audio/README.md).
 */
export const SPEECH_CACHE = 'flarewise-speech';

/**
 * Puts a language's sprite in the speech cache if it is not there yet, and drops older renderings of it (the
 * same language under another content hash); true when it is there.
 */
export async function cacheSpeech(language: string, url: string, storage: CacheStorage | undefined = globalThis.caches): Promise<boolean> {
  if (!storage || isOffline()) return false;
  try {
    const cache = await storage.open(SPEECH_CACHE);
    const wanted = new URL(url, globalThis.location?.href).pathname;
    for (const old of await cache.keys()) {
      const path = new URL(old.url).pathname;
      if (path.includes(`/speech-${language}-`) && path !== wanted) await cache.delete(old);
    }
    if (!(await cache.match(url))) await cache.add(url);
    return true;
  } catch {
    return false; // Offline before it was ever cached, or storage refused: names fall back to speech synthesis.
  }
}

/** A sprite's bytes: from the speech cache when it is there (offline, or before the worker controls the page), else fetched. */
export async function readSpeech(url: string, storage: CacheStorage | undefined = globalThis.caches): Promise<ArrayBuffer> {
  const cached = await storage?.match(url, { cacheName: SPEECH_CACHE }).catch(() => undefined);
  // Offline and never cached: no request that could only fail; the names fall back to speech synthesis.
  if (!cached && isOffline()) throw new Error(`speech sprite ${url}: offline and not cached`);
  const response = cached ?? (await fetch(url));
  if (!response.ok) throw new Error(`speech sprite ${url}: ${response.status}`);
  return response.arrayBuffer();
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
