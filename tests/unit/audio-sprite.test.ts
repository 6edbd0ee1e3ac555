import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUE_NAMES } from '../../src/engine/session/cues';
import spriteJson from '../../src/audio/sprite.json';
import { SILENCE_KEY, SPRITE, spriteSource, voiceKeyFor } from '../../src/audio/sprite';

const AUDIO = fileURLToPath(new URL('../../public/audio/', import.meta.url));
const TOTAL_MS = spriteJson._totalMs;

/**
 * The length the MP3 says it holds: the frame count of its Xing/Info header, 576 samples a frame (MPEG-2 layer III,
 * 24 kHz mono, as scripts/render-cues.sh encodes it), less the encoder delay and padding its LAME tag gives.
 */
function mp3DurationMs(bytes: Buffer): number {
  const info = Math.max(bytes.indexOf('Xing'), bytes.indexOf('Info'));
  const frames = bytes.readUInt32BE(info + 8);
  const lame = bytes.indexOf('LAME', info);
  const delay = (bytes.readUInt16BE(lame + 21) >> 4) & 0xfff;
  const padding = bytes.readUInt16BE(lame + 22) & 0xfff;
  return ((frames * 576 - delay - padding) / 24_000) * 1000;
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

  it('matches the length of the encoded MP3 (it was rendered with these offsets)', () => {
    expect(mp3DurationMs(readFileSync(`${AUDIO}cues.mp3`))).toBeCloseTo(TOTAL_MS, -1);
  });

  it('is one encoding, small enough to precache', () => {
    expect(readdirSync(AUDIO).filter((name) => name.startsWith('cues.'))).toEqual(['cues.mp3']);
    expect(statSync(`${AUDIO}cues.mp3`).size).toBeLessThan(80_000);
  });

  it('loops the silent keep-alive segment and leaves file metadata out', () => {
    expect(SPRITE[SILENCE_KEY]).toEqual([...spriteJson.silence, true]);
    expect(SPRITE['_totalMs']).toBeUndefined();
  });

  it('is fetched from under the app base path', () => {
    expect(spriteSource('/flarewise/')).toBe('/flarewise/audio/cues.mp3');
    expect(spriteSource('/')).toBe('/audio/cues.mp3');
  });
});
