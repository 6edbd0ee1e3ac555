import type { SavedFile } from '../state/create-data';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The app's own style rules as text, leaving out the dark theme: a report is read on white, like paper. */
function appCss(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let list: CSSRuleList;
    try { list = sheet.cssRules; } catch { continue; } // another origin's sheet: unreadable, and not ours
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-color-scheme')) continue;
      rules.push(rule.cssText);
    }
  }
  return rules.join('\n');
}

/**
 * The report as one self-contained HTML file to share: what the printed page holds (controls left out) with
 * the app's styles, so it opens, reads and prints the same in any browser, with nothing to fetch.
 */
export function reportFile(article: HTMLElement, title: string, fileName: string): SavedFile {
  const copy = article.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.no-print, button').forEach((node) => node.remove());
  const lang = escapeHtml(document.documentElement.lang || 'en');
  const text = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light">'
    + `<title>${escapeHtml(title)}</title><style>${appCss()}</style></head>`
    + `<body><main class="app report-file">${copy.outerHTML}</main></body></html>\n`;
  return { fileName, text, type: 'text/html;charset=utf-8' };
}
