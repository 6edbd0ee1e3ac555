// Draws exercises/illustrations/<id>.svg from the pose table in scripts/figure/ (joint angles for each key
// pose of each exercise), so every figure shares one style and moves between its poses.
// Run: node scripts/draw-illustrations.mjs   then look: node scripts/contact-sheet.mjs
// --check writes nothing and fails if a committed SVG differs from what the table draws (a unit test runs it).
// The generated SVGs are committed; the build never runs this script.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drawExercise } from './figure/svg-writer.mjs';
import { LYING_POSES } from './figure/poses-lying.mjs';
import { FLOOR_POSES } from './figure/poses-floor.mjs';
import { UPRIGHT_POSES } from './figure/poses-upright.mjs';

const EXERCISES = fileURLToPath(new URL('../exercises/', import.meta.url));
/** Every exercise's poses, by exercise id. */
export const POSES = { ...LYING_POSES, ...FLOOR_POSES, ...UPRIGHT_POSES };


const check = process.argv.includes('--check');
const files = readdirSync(EXERCISES).filter((f) => f.endsWith('.json')).sort();
const sizes = [];
const problems = [];
for (const file of files) {
  const ex = JSON.parse(readFileSync(EXERCISES + file, 'utf8'));
  const entry = POSES[ex.id];
  // A new exercise may borrow a drawing until its poses are in the table.
  if (!entry) { console.warn(`no pose for ${ex.id}: ${ex.illustration} is not drawn from the table`); continue; }
  const text = drawExercise(entry);
  if (check && readFileSync(EXERCISES + ex.illustration, 'utf8') !== text) problems.push(`${ex.illustration} differs from the pose table`);
  if (!check) writeFileSync(EXERCISES + ex.illustration, text);
  sizes.push([ex.illustration, Buffer.byteLength(text)]);
}
const unused = Object.keys(POSES).filter((id) => !files.includes(`${id}.json`));
if (unused.length) console.warn(`poses for no exercise: ${unused.join(', ')}`);
if (!check) for (const [name, bytes] of sizes) console.log(`${String(bytes).padStart(6)} B  ${name}`);
const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(`${sizes.length} illustrations, ${(total / 1024).toFixed(1)} KiB in all, largest ${Math.max(...sizes.map(([, b]) => b))} B`);
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
