import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FOLDER = new URL('../../exercises/illustrations/', import.meta.url);
const figures = readdirSync(FOLDER).filter((file) => file.endsWith('.svg')).map((file) => ({ file, text: readFileSync(new URL(file, FOLDER), 'utf8') }));

describe('the exercise figures in exercises/illustrations', () => {
  it('are exactly what the pose table draws, so no figure is edited by hand and left behind', () => {
    const run = spawnSync(process.execPath, ['scripts/draw-illustrations.mjs', '--check'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  });

  it.each(figures)('$file stays small and carries no style, script, link or fixed colour', ({ text }) => {
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(6 * 1024);
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[-\d. ]+"/);
    expect(text).not.toMatch(/style=|<style|<script|url\(|href=|#[0-9a-f]{3,6}\b/i);
  });

  it.each(figures)('$file moves, and each animation has a key time for every value', ({ text }) => {
    const animations = [...text.matchAll(/<animate(?:Transform)?\b[^>]*>/g)].map(([tag]) => tag);
    expect(animations.length).toBeGreaterThan(0);
    for (const tag of animations) {
      const count = (name: string) => (tag.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? '').split(';').length;
      expect(count('values')).toBe(count('keyTimes'));
      expect(count('keySplines')).toBe(count('keyTimes') - 1);
    }
  });
});
