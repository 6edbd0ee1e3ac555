import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

const sprite = JSON.parse(readFileSync('src/audio/sprite.json', 'utf8')) as Record<string, number | [number, number]>;

/** The cue sprite's tones (not its spoken prompts, which start softly, nor the silence) and where each begins, in ms. */
export const TONE_STARTS: [string, number][] = Object.entries(sprite)
  .filter(([key, value]) => Array.isArray(value) && !key.startsWith('voice-') && key !== 'silence')
  .map(([key, value]) => [key, (value as [number, number])[0]]);

/** The length the sprite was rendered to (scripts/render-cues.sh). */
export const SPRITE_TOTAL_MS = sprite['_totalMs'] as number;

/**
 * Runs in the page: fetches the cue sprite at `url`, decodes it as the browser decodes the app's sound, and gives its
 * length and, for each tone, how many ms after its offset in sprite.json the sound first rises. A decoder that kept
 * the encoder's leading silence would put every tone 25–50 ms late.
 */
export async function decodeToneOnsets({ url, tones }: { url: string; tones: [string, number][] }): Promise<{ ms: number; lateness: Record<string, number> }> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const buffer = await new OfflineAudioContext(1, 1, 48_000).decodeAudioData(bytes);
  const samples = buffer.getChannelData(0);
  const perMs = buffer.sampleRate / 1000;
  const lateness: Record<string, number> = {};
  for (const [key, startMs] of tones) {
    // Look from 20 ms before the offset, so a tone that came early shows as negative.
    let i = Math.max(0, Math.floor((startMs - 20) * perMs));
    while (i < samples.length && Math.abs(samples[i] ?? 0) < 0.02) i += 1;
    lateness[key] = i / perMs - startMs;
  }
  return { ms: buffer.duration * 1000, lateness };
}

/** The decoded sprite is as long as it was rendered, and every tone begins 0–5 ms after its offset. */
export function expectTonesOnTime(decoded: { ms: number; lateness: Record<string, number> }): void {
  expect(Math.abs(decoded.ms - SPRITE_TOTAL_MS)).toBeLessThan(2);
  expect(Object.keys(decoded.lateness)).toHaveLength(TONE_STARTS.length);
  for (const [tone, ms] of Object.entries(decoded.lateness)) {
    expect(ms, tone).toBeGreaterThanOrEqual(0);
    expect(ms, tone).toBeLessThan(5);
  }
}
