import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUE_NAMES } from '../../src/engine/session/cues';
import spriteJson from '../../src/audio/sprite.json';
import { SILENCE_KEY, SPRITE, spriteSources, voiceKeyFor } from '../../src/audio/sprite';

const AUDIO = fileURLToPath(new URL('../../public/audio/', import.meta.url));
const TOTAL_MS = spriteJson._totalMs;

/** Reads Segment > Info > Duration (ms at the default 1 ms timecode scale) from a WebM file. */
function webmDurationMs(bytes: Buffer): number {
  const at = bytes.indexOf(Buffer.from([0x44, 0x89]));
  const size = (bytes[at + 2] ?? 0) & 0x0f;
  return size === 8 ? bytes.readDoubleBE(at + 3) : bytes.readFloatBE(at + 3);
}

describe('audio sprite', () => {
  it('has a tone for every cue the engine can ask for', () => {
    for (const cue of CUE_NAMES) expect(SPRITE[cue], cue).toBeDefined();
  });

  it('has a spoken prompt for every cue that is not a count', () => {
    const spoken = CUE_NAMES.filter((cue) => voiceKeyFor(cue));
    expect(spoken.sort()).toEqual(CUE_NAMES.filter((cue) => !cue.startsWith('countdown') && cue !== 'rep').sort());
  });

  it('keeps every segment inside the file, in order, with a gap between', () => {
    const segments = Object.values(SPRITE).sort((a, b) => a[0] - b[0]);
    let end = 0;
    for (const [start, duration] of segments) {
      expect(Number.isInteger(start) && Number.isInteger(duration)).toBe(true);
      expect(duration).toBeGreaterThan(0);
      expect(start - end).toBeGreaterThanOrEqual(150);
      end = start + duration;
    }
    expect(end).toBeLessThanOrEqual(TOTAL_MS);
  });

  it('matches the length of the encoded WebM', () => {
    const duration = webmDurationMs(readFileSync(`${AUDIO}cues.webm`));
    expect(duration).toBeGreaterThanOrEqual(TOTAL_MS);
    expect(duration).toBeLessThan(TOTAL_MS + 60); // Opus pads to whole 20 ms frames
  });

  it('keeps both encodings small enough to precache', () => {
    const bytes = statSync(`${AUDIO}cues.webm`).size + statSync(`${AUDIO}cues.mp3`).size;
    expect(bytes).toBeLessThan(160_000);
  });

  it('loops the silent keep-alive segment and leaves file metadata out', () => {
    expect(SPRITE[SILENCE_KEY]).toEqual([...spriteJson.silence, true]);
    expect(SPRITE['_totalMs']).toBeUndefined();
  });

  it('offers WebM first only where it decodes, under the app base path', () => {
    expect(spriteSources('/flarewise/', true)).toEqual(['/flarewise/audio/cues.webm', '/flarewise/audio/cues.mp3']);
    expect(spriteSources('/', false)).toEqual(['/audio/cues.mp3']);
  });
});
