import type { CueName } from '../engine/session/cues';
import spriteJson from './sprite.json';

/** A sprite segment as howler wants it: [startMs, durationMs, loop?]. */
export type SpriteSegment = [number, number] | [number, number, boolean];

/** Key of the looping silent segment used as the keep-alive. */
export const SILENCE_KEY = 'silence';

// Matches the reverb tail scripts/render-cues.sh adds after each chime.
const TONE_TAIL_MS = 180;

/** Every segment of the rendered sprite; keys starting with `_` (file metadata) are left out. */
export const SPRITE: Readonly<Record<string, SpriteSegment>> = readSprite(spriteJson);

function readSprite(json: Record<string, unknown>): Record<string, SpriteSegment> {
  const sprite: Record<string, SpriteSegment> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key.startsWith('_') || !Array.isArray(value)) continue;
    const [start, duration] = value as [number, number];
    sprite[key] = key === SILENCE_KEY ? [start, duration, true] : [start, duration];
  }
  return sprite;
}

/** Whether a cue has a tone in the cue sprite (the breath pacer's words are spoken only). */
export function hasTone(cue: CueName): boolean {
  return cue in SPRITE;
}

/** The spoken prompt that follows a cue's tone, if one was rendered. Counts stay tone-only. */
export function voiceKeyFor(cue: CueName): string | undefined {
  const key = `voice-${cue}`;
  return key in SPRITE ? key : undefined;
}

/** Milliseconds after a tone starts at which its spoken prompt begins: as the tone's ring fades. */
export function voiceDelayMs(cue: CueName): number {
  const tone = SPRITE[cue];
  return tone ? Math.max(0, tone[1] - TONE_TAIL_MS) : 0;
}

/**
 * The sprite file's URL. One MP3 for every browser: Safari always played it, and Chromium and Firefox decode it
 * gapless, each tone where sprite.json says (tests/e2e/cue-sprite.test.ts), so a first visit downloads one
 * encoding of the cues, not one per browser family.
 */
export function spriteSource(baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}audio/cues.mp3`;
}
