/** Compares screenshots pixel by pixel, decoding them in a blank page of the browser (no image library needed). */
import type { Browser, Page } from 'playwright-core';

/** How two same-size PNGs differ: pixels that differ visibly, and pixels drawn on in either (not background). */
export interface PixelChange { differing: number; drawn: number }

/** A comparer that decodes in one blank page of `browser` (its own context, so no app CSP applies); close it when done. */
export async function pixelComparer(browser: Browser): Promise<{ compare(a: Buffer, b: Buffer): Promise<PixelChange>; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  return {
    compare: (a, b) => page.evaluate(async ([pngA, pngB]) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context2d = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        context2d.drawImage(bitmap, 0, 0);
        return context2d.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [first, second] = [await pixels(pngA), await pixels(pngB)];
      // Visibly different: some colour channel apart by more than 24 of 255. The top-left pixel is background.
      const apart = (p: Uint8ClampedArray, i: number, q: Uint8ClampedArray, j: number) =>
        [0, 1, 2].some((c) => Math.abs((p[i + c] ?? 0) - (q[j + c] ?? 0)) > 24);
      if (first.length !== second.length) return { differing: first.length / 4, drawn: first.length / 4 };
      let differing = 0, drawn = 0;
      for (let i = 0; i < first.length; i += 4) {
        if (apart(first, i, second, i)) differing += 1;
        if (apart(first, i, first, 0) || apart(second, i, first, 0)) drawn += 1;
      }
      return { differing, drawn };
    }, [a.toString('base64'), b.toString('base64')] as const),
    close: () => context.close(),
  };
}
