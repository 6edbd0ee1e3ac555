/** What spills sideways at the current text size: the page wider than the screen, or a box whose words are cut off. */
import type { Page } from 'playwright-core';

/** Every visible box past the right edge of the screen, or clipping its own text, and the page's width if too wide. */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > view) found.push(`the page is ${document.documentElement.scrollWidth}px wide in ${view}px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      // Hidden for the eye on purpose: a screen-reader-only table head, an empty or hidden box.
      if (box.width <= 1 || box.height <= 1 || el.closest('.visually-hidden, [aria-hidden="true"], thead')) continue;
      const css = getComputedStyle(el);
      if (css.visibility === 'hidden') continue;
      const name = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (box.right > view + 1) found.push(`${name} reaches ${Math.round(box.right)}px`);
      else if (/hidden|clip/.test(css.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.textContent?.trim()) {
        found.push(`${name} cuts its text (${el.scrollWidth}px in ${el.clientWidth}px)`);
      }
    }
    return found.slice(0, 10);
  });
}
