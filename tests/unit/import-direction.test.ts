import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AstNode, importsOf, parseFile, sourceFiles, walk } from './source-scan';

// Imports flow one way: ui → state → (storage, audio, pwa, content) → engine, with i18n beside the engine.
// main.tsx and browser.ts (the composition root and its browser adapters) may import anything.
const LAYERS: Record<string, { layers: readonly string[]; packages: readonly string[] }> = {
  engine: { layers: [], packages: [] },
  // The exercises without their words, and each language's words (scripts/content-parts.ts).
  content: { layers: ['engine'], packages: ['virtual:exercise-data', 'virtual:exercise-words-en', 'virtual:exercise-words-es'] },
  i18n: { layers: ['engine'], packages: ['solid-js'] }, // a signal, so every word follows a change of language
  storage: { layers: ['engine'], packages: ['idb', 'valibot'] },
  audio: { layers: ['engine'], packages: ['howler'] },
  pwa: { layers: ['engine'], packages: ['workbox-window', 'virtual:pwa-register'] },
  state: { layers: ['storage', 'audio', 'pwa', 'content', 'i18n', 'engine'], packages: ['solid-js', 'solid-js/store'] },
  ui: { layers: ['state', 'i18n', 'engine'], packages: ['solid-js', 'solid-js/web', 'solid-js/store'] },
};

const layerOf = (path: string): string | undefined => /^src\/([^/]+)\//.exec(path)?.[1];
const roomOf = (path: string): string | undefined => /^src\/engine\/([^/]+)\//.exec(path)?.[1];

/** Which rooms each engine room may import, read from the table in src/engine/README.md (its one owner). */
function roomRules(): Map<string, Set<string>> {
  const rows = [...readFileSync('src/engine/README.md', 'utf8').matchAll(/^\| `([a-z-]+)\/` \|.*\| ([^|]+) \|$/gm)];
  const rules = new Map<string, Set<string>>();
  rows.forEach((row, index) => {
    const allowed = (row[2] ?? '').trim();
    const rooms = allowed === 'nothing' ? [] : allowed === 'everything above'
      ? rows.slice(0, index).map((above) => above[1] ?? '') : allowed.split(',').map((room) => room.trim());
    rules.set(row[1] ?? '', new Set(rooms));
  });
  return rules;
}

describe('the direction of imports', () => {
  const files = sourceFiles('src');

  it('reads the engine rooms table', () => {
    expect([...roomRules().keys()]).toEqual(expect.arrayContaining(['content', 'calendar', 'clinical', 'session', 'progress', 'report']));
  });

  it('flows one way between layers: no screen reaches storage, no engine module reaches anything above it', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      if (layer === undefined) continue;
      const rule = LAYERS[layer];
      if (!rule) { wrong.push(`${file}: src/${layer}/ is not a known layer`); continue; }
      for (const target of importsOf(file)) {
        const to = target.startsWith('src/') ? layerOf(target) : undefined;
        if (target.startsWith('src/') ? to !== layer && !rule.layers.includes(to ?? target) : !rule.packages.includes(target)) {
          wrong.push(`${file} imports ${target}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps each engine room to the rooms its README allows', () => {
    const rules = roomRules();
    const wrong: string[] = [];
    for (const file of files.filter((f) => f.startsWith('src/engine/'))) {
      const room = roomOf(file);
      const allowed = room === undefined ? undefined : rules.get(room);
      if (room === undefined) continue; // engine/README.md and nothing else sits at the top
      if (!allowed) { wrong.push(`${file}: room ${room}/ is missing from src/engine/README.md`); continue; }
      for (const target of importsOf(file)) {
        const to = roomOf(target);
        if (to !== undefined && to !== room && !allowed.has(to)) wrong.push(`${file} imports ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the engine pure: no clock, no browser globals', () => {
    const globals = new Set(['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'performance', 'setTimeout', 'setInterval']);
    const found: string[] = [];
    for (const file of files.filter((f) => f.startsWith('src/engine/'))) {
      walk(parseFile(file).program, (node, parents) => {
        const parent = parents.at(-1);
        const name = node.type === 'Identifier' ? String(node.name) : '';
        const isProperty = parent?.type === 'MemberExpression' && parent.property === node && !parent.computed;
        if (globals.has(name) && !isProperty && parent?.type !== 'Property') found.push(`${file}: ${name}`);
        if (node.type === 'MemberExpression' && (node.object as AstNode).type === 'Identifier'
          && (node.object as AstNode).name === 'Date' && (node.property as AstNode).name === 'now') found.push(`${file}: Date.now`);
        if (node.type === 'NewExpression' && (node.callee as AstNode).name === 'Date' && (node.arguments as unknown[]).length === 0) found.push(`${file}: new Date()`);
      });
    }
    expect(found).toEqual([]);
  });
});
