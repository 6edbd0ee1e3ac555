// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../src/content/check-translation';
import { formatContentError } from '../../src/content/validate';
import { translateLibrary } from '../../src/content/translated-text';
import type { Exercise, Routine } from '../../src/engine/content/content-types';

const english = [
  { path: 'exercises/bridge.json', data: { id: 'bridge', name: 'Bridge', purpose: 'p', steps: ['a', 'b', 'c'], cues: ['Lift'],
    mistakes: ['m'], stopIf: ['s'], alt: 'x', dose: {}, tags: [] } },
  { path: 'exercises/routines/evening.json', data: { id: 'evening', name: 'Evening', purpose: 'p', suits: 's', main: [] } },
];
const bridge = { name: 'Puente', purpose: 'p', steps: ['a', 'b', 'c'], cues: ['Sube'], mistakes: ['m'], stopIf: ['s'], alt: 'x' };
const evening = { name: 'Noche', purpose: 'p', suits: 's' };

const problems = (translated: { path: string; data: unknown }[]) => checkTranslations(english, translated, 'es').map(formatContentError);

describe('the Spanish exercise text', () => {
  it('passes when every exercise and routine has exactly its text fields', () => {
    expect(problems([{ path: 'exercises/es/bridge.json', data: bridge }, { path: 'exercises/es/routines/evening.json', data: evening }])).toEqual([]);
  });

  it('fails naming the file and field of a missing, extra or short field', () => {
    const { alt: _alt, ...noAlt } = bridge;
    expect(problems([
      { path: 'exercises/es/bridge.json', data: { ...noAlt, steps: ['a', 'b'], dose: {} } },
      { path: 'exercises/es/routines/evening.json', data: { ...evening, suits: '' } },
    ])).toEqual([
      'exercises/es/bridge.json: dose: is not a known field',
      'exercises/es/bridge.json: alt: is required',
      'exercises/es/bridge.json: steps: has 2 items; exercises/bridge.json has 3',
      'exercises/es/routines/evening.json: suits: must not be empty',
    ]);
  });

  it('fails naming a missing translation and one that translates nothing', () => {
    expect(problems([{ path: 'exercises/es/bridge.json', data: bridge }, { path: 'exercises/es/brige.json', data: bridge }])).toEqual([
      'exercises/es/routines/evening.json: is missing: exercises/routines/evening.json needs its es text',
      'exercises/es/brige.json: translates no exercise or routine of exercises/',
    ]);
  });

  it('lays the Spanish words over the English exercise, keeping its dose and tags', () => {
    const library = { exercises: new Map([['bridge', english[0]?.data as unknown as Exercise]]), routines: new Map<string, Routine>() };
    const spanish = translateLibrary(library, { exercises: new Map([['bridge', bridge]]), routines: new Map() });
    expect(spanish.exercises.get('bridge')).toMatchObject({ id: 'bridge', name: 'Puente', cues: ['Sube'], dose: {}, tags: [] });
    expect(library.exercises.get('bridge')?.name).toBe('Bridge');
  });
});
