/**
 * Every language says everything: each catalogue area exists in every language folder under src/i18n, with
 * exactly the English keys, and each message keeps the English placeholders ({name}, {count}…), so no screen
 * falls back to a raw key or drops a number when the language changes.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['en', 'es'];

async function area(folder: string, name: string): Promise<Record<string, string>> {
  const module = (await import(`../../src/i18n/${folder}/${name}.ts`)) as Record<string, Record<string, string>>;
  return Object.assign({}, ...Object.values(module));
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe('the catalogues in every language', () => {
  const areas = readdirSync('src/i18n/en').map((file) => file.replace(/\.ts$/, '')).sort();

  it('have the same areas', () => {
    for (const folder of FOLDERS) expect(readdirSync(`src/i18n/${folder}`).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort(), folder).toEqual(areas);
  });

  it.each(FOLDERS.filter((folder) => folder !== 'en'))('%s has every English key and no other, with the same placeholders', async (folder) => {
    const problems: string[] = [];
    for (const name of areas) {
      const english = await area('en', name);
      const other = await area(folder, name);
      for (const key of Object.keys(english)) {
        if (!(key in other)) problems.push(`${folder}/${name}.ts is missing ${key}`);
        else if (placeholders(english[key] ?? '').join() !== placeholders(other[key] ?? '').join()) {
          problems.push(`${folder}/${name}.ts ${key}: placeholders {${placeholders(other[key] ?? '').join('} {')}} instead of {${placeholders(english[key] ?? '').join('} {')}}`);
        }
        else if ((other[key] ?? '').trim() === '') problems.push(`${folder}/${name}.ts ${key} is empty`);
      }
      for (const key of Object.keys(other)) if (!(key in english)) problems.push(`${folder}/${name}.ts has ${key}, which English does not`);
    }
    expect(problems).toEqual([]);
  });
});
