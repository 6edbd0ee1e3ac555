import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const AREAS = [
  'core', 'pwa', 'storage', 'coach', 'data', 'feedback', 'library', 'progress', 'clinical', 'report', 'player', 'triage', 'sound',
] as const;
const EAGER = new Set(['core', 'pwa', 'storage']);

function keysOf(area: string): string[] {
  return [...readFileSync(`src/i18n/en/${area}.ts`, 'utf8').matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1] as string);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const areaOf = new Map<string, string>();
for (const area of AREAS) for (const key of keysOf(area)) if (!areaOf.has(key) || EAGER.has(area)) areaOf.set(key, area);

describe('the message catalogue', () => {
  it('has no key defined in two areas (one would silently replace the other)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const area of AREAS) for (const key of keysOf(area)) {
      if (seen.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${area}`);
      seen.set(key, area);
    }
    expect(clashes).toEqual([]);
  });

  it('every file that uses a lazily loaded area imports it, so no screen ever shows a raw key', () => {
    const missing: string[] = [];
    for (const file of sourceFiles('src').filter((f) => !f.startsWith(join('src', 'i18n')))) {
      const text = readFileSync(file, 'utf8');
      const used = new Set([...text.matchAll(/['`]([a-zA-Z][\w-]*\.[\w.-]+)['`]/g)].map((m) => areaOf.get(m[1] as string)));
      for (const area of used) {
        if (!area || EAGER.has(area)) continue;
        if (!new RegExp(`import '[./]*i18n/areas/${area}';`).test(text)) missing.push(`${file} uses ${area}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
