// @vitest-environment node
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentGate } from '../../scripts/content-plugin';
import baseExercise from '../fixtures/content/valid/exercises/pelvic-tilt-hold.json';

const VALID_FIXTURE = fileURLToPath(new URL('../fixtures/content/valid', import.meta.url));
const temporaryRoots: string[] = [];

/** A temporary project root holding a copy of the valid fixture's exercises/ folder. */
function copyOfValidContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'flarewise-content-'));
  temporaryRoots.push(root);
  cpSync(join(VALID_FIXTURE, 'exercises'), join(root, 'exercises'), { recursive: true });
  return root;
}

/** Runs the plugin's buildStart hook as Vite would, returning the text it failed the build with. */
function buildStartError(root: string): string | undefined {
  const hook = contentGate({ root }).buildStart;
  const run = typeof hook === 'function' ? hook : hook?.handler;
  const context = { error: (message: string): never => { throw new Error(message); } };
  try {
    (run as (this: typeof context) => void).call(context);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

afterEach(() => {
  for (const root of temporaryRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('contentGate', () => {
  it('lets valid content through', () => {
    expect(buildStartError(copyOfValidContent())).toBeUndefined();
  });

  it('fails the build naming the file and field of a broken exercise', () => {
    const root = copyOfValidContent();
    const broken = { ...baseExercise, dose: { ...baseExercise.dose, holdSeconds: 600 } };
    writeFileSync(join(root, 'exercises', 'pelvic-tilt-hold.json'), JSON.stringify(broken));
    expect(buildStartError(root)).toContain('exercises/pelvic-tilt-hold.json: dose.holdSeconds: 600 is over the 180 s maximum');
  });

  it('fails the build naming the file and field of a Spanish translation that leaves a field out', () => {
    const root = copyOfValidContent();
    mkdirSync(join(root, 'exercises', 'es', 'routines'), { recursive: true });
    const { name, purpose, steps, mistakes, stopIf, alt } = baseExercise;
    writeFileSync(join(root, 'exercises', 'es', 'pelvic-tilt-hold.json'), JSON.stringify({ name, purpose, steps, mistakes, stopIf, alt }));
    writeFileSync(join(root, 'exercises', 'es', 'routines', 'gentle-start.json'), JSON.stringify({ name: 'Inicio', purpose: 'p', suits: 's' }));
    expect(buildStartError(root)).toContain('exercises/es/pelvic-tilt-hold.json: cues: is required');
  });

  it('names a file that is not valid JSON', () => {
    const root = copyOfValidContent();
    writeFileSync(join(root, 'exercises', 'routines', 'evening.json'), '{ "id": "evening", ');
    expect(buildStartError(root)).toMatch(/^exercises\/routines\/evening\.json: is not valid JSON/m);
  });

  it('lists every problem, one per line', () => {
    const root = copyOfValidContent();
    writeFileSync(join(root, 'exercises', 'cat-cow.json'), '[]');
    writeFileSync(join(root, 'exercises', 'routines', 'evening.json'), 'not json');
    const lines = buildStartError(root)?.split('\n') ?? [];
    expect(lines).toEqual(expect.arrayContaining([
      'exercises/cat-cow.json: must be an object',
      expect.stringMatching(/^exercises\/routines\/evening\.json: is not valid JSON/),
    ]));
  });
});
