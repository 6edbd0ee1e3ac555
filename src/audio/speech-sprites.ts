import type { Language } from '../engine/records/settings';
import { cacheSpeech } from './speech-cache';

/** A language's spoken words: where the sprite is and each phrase's [startMs, durationMs] in it. */
export interface SpeechSprite {
  url: string;
  phrases: Readonly<Record<string, readonly [number, number]>>;
}

// Only the addresses are eager (a few bytes each): the file name carries a content hash, so a re-rendered sprite
// is never confused with a cached older one. The offsets are a small chunk per language, loaded on first use.
const urls = import.meta.glob<string>('./speech/speech-*.mp3', { query: '?url', import: 'default', eager: true });
const maps = import.meta.glob<Record<string, unknown>>('./speech/speech-*.json', { import: 'default' });

/** The address of a language's sprite, or undefined when none was rendered for it. */
export function speechSpriteUrl(language: Language): string | undefined {
  return urls[`./speech/speech-${language}.mp3`];
}

/** A language's sprite and its phrase offsets (keys `_…` are file metadata), or null when none was rendered. */
export async function loadSpeechSprite(language: Language): Promise<SpeechSprite | null> {
  const url = speechSpriteUrl(language);
  const load = maps[`./speech/speech-${language}.json`];
  if (!url || !load) return null;
  const phrases: Record<string, readonly [number, number]> = {};
  for (const [key, value] of Object.entries(await load())) {
    if (!key.startsWith('_') && Array.isArray(value)) phrases[key] = [Number(value[0]), Number(value[1])];
  }
  return { url, phrases };
}

/** Caches a language's sprite for offline use (src/audio/speech-cache.ts); false when it could not. */
export async function cacheSpeechFor(language: Language): Promise<boolean> {
  const url = speechSpriteUrl(language);
  return url ? cacheSpeech(language, url) : false;
}
