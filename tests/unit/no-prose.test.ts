/**
 * The engine returns codes and data, never sentences: only src/i18n turns codes into words, so a wording fix or a
 * translation never has to touch the engine, and stored records never hold prose.
 *
 * How a sentence is found: every string literal and template text in src/engine/** is read from the parsed source
 * (comments are not strings, so doc comments are free). Placeholders `${…}` are dropped and the rest is prose when
 * it holds a letter next to whitespace ("of taking care", ", including ", "pain {value}/10"), or is one
 * capitalised word ("Welcome.", "Rest"). Codes pass: ids and keys are single lowercase, camelCase or kebab-case
 * words ('hip-flared', 'stepUp', 'progress.streak.one'), formats and separators have no letters ('YYYY-MM-DD', '; ').
 * Three kinds of string are not shown to a user and are left out: module names in imports, messages of thrown
 * errors (they explain a programming mistake to a developer), and iCalendar content lines ('SUMMARY:…', the
 * calendar file's own syntax).
 */
import { describe, expect, it } from 'vitest';
import { isProse } from './prose';
import { type AstNode, parseFile, sourceFiles, walk } from './source-scan';

/** Engine files that still speak English, and who is converting each; the list only ever shrinks (now empty). */
const STILL_PROSE: Readonly<Record<string, string>> = {};

const IMPORTING = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression', 'TSImportType']);


const isThrown = (parents: readonly AstNode[]): boolean => parents.some((p) => p.type === 'ThrowStatement'
  || (p.type === 'NewExpression' && /Error$/.test(String((p.callee as AstNode).name))));

/** The user-facing texts of one file, as `file: "text"`. */
function proseIn(file: string): string[] {
  const found: string[] = [];
  walk(parseFile(file).program, (node, parents) => {
    const parent = parents.at(-1);
    if (parent && IMPORTING.has(parent.type)) return;
    if (parent?.type === 'Property' && parent.key === node) return;
    // A template's text between its placeholders counts piece by piece (`${n} of taking care${rest}.`).
    const texts = node.type === 'Literal' && typeof node.value === 'string' ? [node.value]
      : node.type === 'TemplateLiteral' ? (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked) : [];
    for (const text of texts.filter(isProse)) if (!isThrown(parents)) found.push(`${file}: ${JSON.stringify(text.slice(0, 80))}`);
  });
  return found;
}

describe('the engine speaks in codes', () => {
  const files = sourceFiles('src/engine');

  it('tells prose from codes', () => {
    expect(['Welcome back. Today is a fresh start.', ' of taking care', ', including ', 'pain {value}/10', 'Rest', 'Welcome.']
      .filter((text) => !isProse(text))).toEqual([]);
    expect(['hip-flared', 'stepUp', 'progress.streak.one', 'YYYY-MM-DD', '; ', 'en-US', 'BEGIN:VCALENDAR', 'SU', '{value}']
      .filter(isProse)).toEqual([]);
  });

  it('has no user-facing sentence in any engine module', () => {
    const found = files.filter((file) => !(file in STILL_PROSE)).flatMap(proseIn);
    expect(found).toEqual([]);
  });

  it('lists only files that still hold prose (remove an entry once its file is converted)', () => {
    const converted = Object.keys(STILL_PROSE).filter((file) => !files.includes(file) || proseIn(file).length === 0);
    expect(converted).toEqual([]);
  });
});
