/**
 * Hostile and broken backup files, generated: random mutations of a valid backup, truncations of its text, wrong
 * types, huge strings, prototype keys, deep nesting, oversized files. Each must be refused with a reason, and the
 * database must come out byte-for-byte as it went in.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/storage/backup';
import { applyImport } from '../../src/storage/backup-import';
import { MAX_BACKUP_BYTES, parseBackupFile, parseBackupText, type ParsedBackup } from '../../src/storage/backup-parse';
import { resetFlarewiseDB } from '../../src/storage/db';
import { describeRefusal } from '../../src/state/data-words';
import { DB_NAME } from '../../src/storage/schema';
import { dumpDatabase, seed } from './backup-fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

let valid = '';
let before = '';

beforeAll(async () => {
  await seed(6);
  valid = await exportBackup(new Date('2027-03-01T10:00:00Z'));
  before = await dumpDatabase();
});
afterAll(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

/** Every path to a value, except inside settings values (free-form by design, so not a reliable mutation target). */
function paths(value: Json, at: Path = []): Path[] {
  if (at.length === 4 && at[1] === 'settings' && at[3] === 'value') return [];
  const here = at.length ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...at, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
}

function setAt(root: Json, path: Path, value: Json): Json {
  const copy = structuredClone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1) as string | number] = value;
  return copy;
}

/** A value of a different JSON type than `value` (so it can never pass the same schema entry). */
function wrongType(value: Json, pick: number): Json {
  const choices: Json[] = [null, true, 12345, 'text', [], { x: 1 }];
  const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const others = choices.filter((c) => typeOf(c) !== typeOf(value));
  return others[pick % others.length] ?? null;
}

let parsedBase: Json = null;
let allPaths: Path[] = [];
const base = (): Json => {
  if (parsedBase === null) { parsedBase = JSON.parse(valid) as Json; allPaths = paths(parsedBase); }
  return parsedBase;
};
const pathIndex = fc.nat();
const pickPath = (i: number, filter: (v: Json) => boolean = () => true) => {
  const root = base();
  const all = allPaths.filter((p) => filter(getAt(root, p)));
  return all[i % all.length] as Path;
};

const hostile: fc.Arbitrary<string>[] = [
  // Truncations: any prefix that loses the closing brace.
  fc.nat().map((n) => valid.slice(0, n % (valid.trimEnd().length - 1))),
  // A value of the wrong type anywhere.
  fc.tuple(pathIndex, fc.nat()).map(([i, pick]) => { const p = pickPath(i); return JSON.stringify(setAt(base(), p, wrongType(getAt(base(), p), pick))); }),
  // An unknown key in any object.
  fc.tuple(pathIndex, fc.string({ minLength: 1, maxLength: 8 })).map(([i, key]) => {
    const p = pickPath(i, (v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    return JSON.stringify(setAt(base(), [...p, `zz${key}`], 1));
  }),
  // A huge string where any string was.
  fc.tuple(pathIndex, fc.integer({ min: 10_001, max: 200_000 })).map(([i, n]) => JSON.stringify(setAt(base(), pickPath(i, (v) => typeof v === 'string'), 'x'.repeat(n)))),
  // A number far out of range where any number was.
  fc.tuple(pathIndex, fc.constantFrom(1e300, -1e300, 1e400)).map(([i, n]) => JSON.stringify(setAt(base(), pickPath(i, (v) => typeof v === 'number'), n)).replace('Infinity', '1e400')),
  // A prototype-polluting key injected into any object.
  fc.tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([n, key]) => {
    const starts = [...valid.matchAll(/\{/g)].map((m) => m.index);
    const at = (starts[n % starts.length] ?? 0) + 1;
    return `${valid.slice(0, at)}"${key}":{"polluted":true},${valid.slice(at)}`;
  }),
  // Deep nesting inside a free-form settings value.
  fc.integer({ min: 30, max: 5000 }).map((d) => valid.replace('"value":3', `"value":${'['.repeat(d)}${']'.repeat(d)}`)),
  // A record listed twice.
  fc.constantFrom('sessions', 'checkIns', 'customRoutines', 'settings').map((store) => {
    const backup = structuredClone(base()) as { data: Record<string, Json[]> };
    const list = backup.data[store] as Json[];
    list.push(structuredClone(list[0] as Json));
    return JSON.stringify(backup);
  }),
  // Any JSON at all, and random text.
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
];

describe('importing a hostile or broken file', () => {
  it('refuses every one with a reason and leaves the database exactly as it was', async () => {
    let runs = 0;
    await fc.assert(fc.asyncProperty(fc.oneof(...hostile), async (text) => {
      runs++;
      const parsed: ParsedBackup = parseBackupText(text);
      // Were anything accepted, it would be written, as the screen would: the dump check below would then catch it.
      if (parsed.ok) await applyImport(parsed.backup, 'replace');
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? '' : parsed.code).not.toBe('');
      // The person reads plain words: never the validator's, never a path into the file.
      if (!parsed.ok) expect(describeRefusal(parsed).reason).not.toMatch(/Invalid|Expected|received|data\.|\[\d+\]|undefined/);
    }), { numRuns: Number(process.env['FUZZ_RUNS'] ?? 1200) });
    expect(runs).toBeGreaterThanOrEqual(1000);
    expect(await dumpDatabase()).toBe(before);
  }, 120_000);

  it('refuses an oversized file from its size alone', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: MAX_BACKUP_BYTES + 1, max: 2 ** 40 }), async (size) => {
      const parsed = await parseBackupFile({ size, text: () => Promise.reject(new Error('must not be read')) });
      expect(parsed).toMatchObject({ ok: false, code: 'too-big' });
    }), { numRuns: 50 });
    expect(await dumpDatabase()).toBe(before);
  });

  it('the untouched file is accepted (so the refusals above are about the mutations)', () => {
    expect(parseBackupText(valid).ok).toBe(true);
  });
});
