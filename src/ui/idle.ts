/** Runs `fn` when the page is next idle (or after 200 ms where requestIdleCallback is missing, as in Safari). */
export function whenIdle(fn: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => fn());
  else window.setTimeout(fn, 200);
}
