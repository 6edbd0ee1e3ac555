/**
 * Prints every phrase the coach speaks in one language, one `key|text` a line, for scripts/render-cues.sh:
 * the fixed prompts and sides from scripts/speech/<lang>.json, then `name-<exercise id>|<name>` for each
 * exercise in exercises/ (its `name`, or for another language its name in exercises/<es>/<id>.json, when present).
 * Usage: node scripts/speech-phrases.mjs [lang]   (prints the espeak-ng voice on stderr's first line too)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const lang = process.argv[2] ?? 'en';
const root = new URL('..', import.meta.url).pathname;
const spec = JSON.parse(readFileSync(join(root, 'scripts/speech', `${lang}.json`), 'utf8'));
/** An exercise's name in exercises/<language folder>/<id>.json (es-419 → exercises/es/), when that file exists. */
function translatedName(id) {
  const file = join(root, 'exercises', lang.split('-')[0], `${id}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).name : undefined;
}
const lines = Object.entries(spec.phrases).map(([key, text]) => `${key}|${text}`);
for (const file of readdirSync(join(root, 'exercises')).filter((f) => f.endsWith('.json')).sort()) {
  const exercise = JSON.parse(readFileSync(join(root, 'exercises', file), 'utf8'));
  // Exercise names for other languages: the spec may list them (names: { id: text }) until the content carries them.
  const name = lang === 'en' ? exercise.name : spec.names?.[exercise.id] ?? translatedName(exercise.id);
  if (name) lines.push(`name-${exercise.id}|${name}`);
}
process.stdout.write(`${spec.espeakVoice}\n${lines.join('\n')}\n`);
