/** Runs `fn` when the page is next idle (or after 200 ms where requestIdleCallback is missing, as in Safari). */
export function whenIdle(fn: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => fn());
  else window.setTimeout(fn, 200);
}

/**
 * Runs `fn` in a task of its own, right after the current one (a message, not a timer: a paused or throttled
 * timer never holds it back). For work that would otherwise force a layout inside a render's task.
 */
export function inTaskOfItsOwn(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

/** Runs `fn` once, at the person's first tap or key press on the page. */
export function whenFirstInput(fn: () => void): void {
  const types = ['pointerdown', 'keydown'] as const;
  const run = (): void => {
    for (const type of types) window.removeEventListener(type, run, true);
    fn();
  };
  for (const type of types) window.addEventListener(type, run, { capture: true, passive: true });
}
