import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_NAMES } from '../../src/engine/session/cues';
import { voiceKeyFor } from '../../src/audio/sprite';
import { loadSpeechSprite, speechSpriteUrl } from '../../src/audio/speech-sprites';

const LANGUAGES = ['en', 'es-419'] as const;
const exerciseIds = readdirSync('exercises').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe.each(LANGUAGES)('the spoken words in %s', (language) => {
  it('name every exercise in the library', async () => {
    const sprite = await loadSpeechSprite(language);
    expect(exerciseIds.length).toBeGreaterThanOrEqual(65);
    expect(exerciseIds.filter((id) => !sprite?.phrases[`name-${id}`])).toEqual([]);
  });

  it('say today\'s names and prompts: the rendered words match the phrases (re-render with scripts/render-cues.sh)', () => {
    const phrases = execFileSync('node', ['scripts/speech-phrases.mjs', language]);
    const json = JSON.parse(readFileSync(`src/audio/speech/speech-${language}.json`, 'utf8')) as { _wordsSha256: string };
    expect(createHash('sha256').update(phrases).digest('hex').slice(0, 16)).toBe(json._wordsSha256);
  });

  it('say both sides, the breath pacer\'s turns, the routine\'s parts and every prompt the cue sprite has in English', async () => {
    const sprite = await loadSpeechSprite(language);
    const prompts = CUE_NAMES.map(voiceKeyFor).filter((key) => key !== undefined);
    const parts = ['part-warm-up', 'part-main', 'part-cool-down'];
    for (const key of ['side-left', 'side-right', 'voice-breathe-in', 'voice-breathe-out', ...parts, ...prompts]) {
      expect(sprite?.phrases[key], key).toBeDefined();
    }
  });

  it('keep every phrase inside the file, in order, with a gap between', async () => {
    const json = JSON.parse(readFileSync(`src/audio/speech/speech-${language}.json`, 'utf8')) as Record<string, unknown>;
    const phrases = Object.values((await loadSpeechSprite(language))?.phrases ?? {}).sort((a, b) => a[0] - b[0]);
    let end = 0;
    for (const [start, duration] of phrases) {
      expect(duration).toBeGreaterThan(0);
      expect(start - end).toBeGreaterThanOrEqual(90);
      end = start + duration;
    }
    expect(end).toBeLessThanOrEqual(Number(json._totalMs));
  });

  it('come in a file small enough to fetch on a slow phone: under 400 KB, about 2.3 KB a second', () => {
    const bytes = statSync(`src/audio/speech/speech-${language}.mp3`).size;
    const json = JSON.parse(readFileSync(`src/audio/speech/speech-${language}.json`, 'utf8')) as { _totalMs: number };
    expect(bytes).toBeLessThan(400_000);
    expect(bytes / (json._totalMs / 1000)).toBeLessThan(2400);
    expect(speechSpriteUrl(language)).toMatch(new RegExp(`speech-${language}\\.mp3$`));
  });
});
