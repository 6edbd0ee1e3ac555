/**
 * Every word a person sees comes from the catalogues (src/i18n/<language>/), so each screen exists in every language:
 * no text between JSX tags, and no prose in a string or template anywhere they build what is shown (labels, aria-labels, titles,
 * placeholders, alt texts, text built in code). A string is prose as tests/unit/no-prose.test.ts defines it. Class names,
 * ids and other code attributes, DOM selectors, key names and markup are not words and pass; so do import paths,
 * console messages and the messages of thrown errors (both for developers). Checked in src/ui, src/state and src/pwa.
 */
import { describe, expect, it } from 'vitest';
import { isProse } from './prose';
import { type AstNode, parseFile, sourceFiles, walk } from './source-scan';

const IMPORTING = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression', 'TSImportType']);

/** Attributes whose strings are never shown: classes, ids, ARIA wiring, input modes, links, styling. */
const CODE_ATTRIBUTES = /^(class|classList|id|for|href|type|role|name|inputmode|autocomplete|rel|target|download|accept|pattern|d|viewBox|fill|stroke|xmlns|preserveAspectRatio|aria-(labelledby|describedby|controls|live|current|hidden|haspopup|expanded|orientation|valuemin|valuemax|valuenow|atomic|relevant|modal|checked|pressed|selected)|data-[\w-]+|style|loading|decoding|tabindex|dir|lang|enterkeyhint|method|action|src|srcset|sizes|transform|points|cx|cy|r|x|y|x1|y1|x2|y2|width|height|stroke-width|stroke-linecap|stroke-linejoin|text-anchor|dominant-baseline|focusable|min|max|step)$/;

const isThrown = (parents: readonly AstNode[]): boolean => parents.some((p) => p.type === 'ThrowStatement'
  || (p.type === 'NewExpression' && /Error$/.test(String((p.callee as AstNode).name))));

/** A selector or media query handed to the DOM (`closest('a[href]')`, `matchMedia('(…)')`). */
const isSelector = (parent: AstNode | undefined): boolean => parent?.type === 'CallExpression'
  && /^(querySelector|querySelectorAll|closest|matches|matchMedia)$/.test(String(((parent.callee as AstNode).property as AstNode | undefined)?.name));

/** A message for the developer console. */
const isConsole = (parent: AstNode | undefined): boolean => parent?.type === 'CallExpression'
  && ((parent.callee as AstNode).object as AstNode | undefined)?.name === 'console';

/** A keyboard key name compared with `event.key` ('Escape', 'Tab'). */
const isKeyName = (parent: AstNode | undefined): boolean => parent?.type === 'BinaryExpression'
  && [parent.left, parent.right].some((side) => /^(key|code)$/.test(String(((side as AstNode).property as AstNode | undefined)?.name)));

/** A CSS selector list kept in a constant ('animate, animateTransform', 'button:not([disabled]), [href]'). */
const isSelectorList = (text: string): boolean => {
  const parts = text.split(/,\s*/);
  return parts.every((part) => /^([\w-]+|\[[^\]]*\]|:[\w-]+(\([^)]*\))?|[.#][\w-]+)+$/.test(part))
    && parts.some((part) => /[[:.#]|[a-z][A-Z]/.test(part));
};

const attributeName = (parents: readonly AstNode[]): string | undefined => {
  const attribute = [...parents].reverse().find((p) => p.type === 'JSXAttribute');
  const name = attribute?.name as AstNode | undefined;
  return typeof name?.name === 'string' ? name.name : undefined;
};

/** The words a file shows without a catalogue, as `file: "text"`. */
function wordsOutsideCatalogues(file: string): string[] {
  const found: string[] = [];
  walk(parseFile(file).program, (node, parents) => {
    const parent = parents.at(-1);
    if (parent && IMPORTING.has(parent.type)) return;
    if (parent?.type === 'Property' && parent.key === node) return;
    if (isThrown(parents) || isConsole(parent) || isSelector(parent) || isKeyName(parent)) return;
    const attribute = attributeName(parents);
    if (attribute !== undefined && CODE_ATTRIBUTES.test(attribute)) return;
    if (node.type === 'JSXText') {
      const text = String(node.value).trim();
      if (/\p{L}/u.test(text)) found.push(`${file}: ${JSON.stringify(text.slice(0, 80))}`);
      return;
    }
    const texts = node.type === 'Literal' && typeof node.value === 'string' ? [node.value]
      : node.type === 'TemplateLiteral' ? (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked) : [];
    // Markup written as text (the report file's HTML shell) is not words.
    for (const text of texts.filter((t) => isProse(t) && !/[<>]/.test(t) && !isSelectorList(t))) found.push(`${file}: ${JSON.stringify(text.slice(0, 80))}`);
  });
  return found;
}

describe('the screens speak only through the catalogues', () => {
  it('finds words between tags and prose in strings', () => {
    expect(isProse('Start fresh')).toBe(true);
    expect([isSelectorList('animate, animateTransform'), isSelectorList('[href], input:not([disabled])')]).toEqual([true, true]);
    expect([isSelectorList('hips, knees'), isSelectorList('Start fresh')]).toEqual([false, false]);
    // Class lists read like words, which is why class, id and the other code attributes are left out.
    expect(isProse('button quiet wide')).toBe(true);
  });

  it('has no user-visible word written outside src/i18n in any screen or component', () => {
    expect(['src/ui', 'src/state', 'src/pwa'].flatMap(sourceFiles).flatMap(wordsOutsideCatalogues)).toEqual([]);
  });
});
