/** Whether a text, placeholders removed, reads as words for a person (tests/unit/no-prose.test.ts explains the rule). */
export function isProse(text: string): boolean {
  if (/^[A-Z][A-Z-]*[:;]/.test(text)) return false;
  return /\p{L}\s|\s\p{L}/u.test(text) || /^\p{Lu}\p{Ll}+\p{P}?$/u.test(text.trim());
}
