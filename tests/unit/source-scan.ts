import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { parseSync } from 'vite';

/** A node of the ESTree-shaped tree the parser (oxc, through Vite) returns. */
export interface AstNode { type: string; start: number; end: number; [key: string]: unknown }

/** Every .ts/.tsx file under `dir`, as repo-relative paths with forward slashes. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path.split('\\').join('/')] : [];
  });
}

/** The parsed program of a TypeScript file, with its text. */
export function parseFile(file: string): { text: string; program: AstNode } {
  const text = readFileSync(file, 'utf8');
  const result = parseSync(file, text);
  if (result.errors.length) throw new Error(`${file} does not parse: ${result.errors[0]?.message}`);
  return { text, program: result.program as unknown as AstNode };
}

/** Calls `visit` on every node of the tree with the chain of its parents (nearest last). */
export function walk(node: AstNode, visit: (node: AstNode, parents: readonly AstNode[]) => void, parents: AstNode[] = []): void {
  visit(node, parents);
  parents.push(node);
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && typeof (child as AstNode).type === 'string') walk(child as AstNode, visit, parents);
    }
  }
  parents.pop();
}

const MODULE_NAMING = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression', 'TSImportType']);

const literalValue = (node: unknown): string | undefined => {
  const value = (node as { value?: unknown } | null)?.value;
  return typeof value === 'string' ? value : undefined;
};

/**
 * Every module a file names: import and export-from declarations, side-effect imports, dynamic import()
 * and type-level `typeof import('…')`. Relative names are resolved to repo paths without their extension.
 */
export function importsOf(file: string): string[] {
  const found: string[] = [];
  walk(parseFile(file).program, (node) => {
    const source = MODULE_NAMING.has(node.type) ? literalValue(node.source) : undefined;
    if (source === undefined) return;
    found.push(source.startsWith('.') ? relative('.', normalize(join(dirname(file), source))).split('\\').join('/').replace(/\.tsx?$/, '') : source);
  });
  return found;
}
