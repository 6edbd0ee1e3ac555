import { type Check, type Report, checkObject, isRecord, listOf, required, text } from './check-fields';
import type { ContentError, ContentFile } from './validate';

// Spanish runs 20–30% longer than English, so a spoken cue may take a little more than the English limit
// (exercises/README.md: at most 6 words and 40 characters), and is still short enough to say between phases.
const MAX_CUE_WORDS = 8;
const MAX_CUE_CHARACTERS = 50;

const cue: Check = (value, field, report) => {
  text(value, field, report);
  if (typeof value !== 'string') return;
  const words = value.trim().split(/\s+/).length;
  if (words > MAX_CUE_WORDS || value.length > MAX_CUE_CHARACTERS) {
    report(field, `"${value}" is too long to speak between phases (at most ${MAX_CUE_WORDS} words and ${MAX_CUE_CHARACTERS} characters)`);
  }
};

/** The text of an exercise, the part a translation replaces; lists keep the English number of items. */
const EXERCISE_TEXT = {
  name: required(text), purpose: required(text), steps: required(listOf(text)), cues: required(listOf(cue)),
  mistakes: required(listOf(text)), stopIf: required(listOf(text)), alt: required(text),
};

/** The text of a routine. */
const ROUTINE_TEXT = { name: required(text), purpose: required(text), suits: required(text) };

const ENGLISH_PATH = /^exercises\/(routines\/)?([^/]+)\.json$/;

/**
 * Checks the translations in `exercises/<folder>/` against the English: one file for each exercise and routine
 * (`exercises/es/bridge.json`, `exercises/es/routines/desk-break.json`) with exactly the text fields, and each list
 * as long as the English one. Every problem names the file and the field.
 */
export function checkTranslations(english: readonly ContentFile[], translated: readonly ContentFile[], folder: string): ContentError[] {
  const errors: ContentError[] = [];
  const byPath = new Map(translated.map((file) => [file.path, file.data]));
  const expected = new Set<string>();
  for (const { path, data } of english) {
    const match = ENGLISH_PATH.exec(path);
    if (!match || !isRecord(data)) continue;
    const file = `exercises/${folder}/${match[1] ?? ''}${match[2]}.json`;
    expected.add(file);
    const report: Report = (field, message) => errors.push({ file, field, message });
    if (!byPath.has(file)) {
      report('', `is missing: ${path} needs its ${folder} text`);
      continue;
    }
    const value = byPath.get(file);
    if (!checkObject(value, '', match[1] ? ROUTINE_TEXT : EXERCISE_TEXT, report)) continue;
    for (const [key, original] of Object.entries(data)) {
      const own = value[key];
      if (key in EXERCISE_TEXT && Array.isArray(original) && Array.isArray(own) && own.length !== original.length) {
        report(key, `has ${own.length} items; ${path} has ${original.length}`);
      }
    }
  }
  for (const { path } of translated) {
    if (!expected.has(path)) errors.push({ file: path, field: '', message: 'translates no exercise or routine of exercises/' });
  }
  return errors;
}
