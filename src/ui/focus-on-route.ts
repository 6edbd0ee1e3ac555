import { inTaskOfItsOwn } from './idle';

/** Whether the person has pressed, tapped or (through a screen reader) clicked anything yet on this page. */
let touched = false;
for (const type of ['pointerdown', 'keydown', 'click'] as const) {
  window.addEventListener(type, () => { touched = true; }, { capture: true, once: true, passive: true });
}

/**
 * After a screen change the button that was pressed is gone and focus falls to <body>, where a
 * keyboard or screen-reader user is lost. This moves it to the new screen's h1 once that renders
 * (lazy screens arrive a moment later, hence the observer), unless the screen placed focus itself.
 */
export function focusNewScreen(main: HTMLElement): () => void {
  // A redirect before the person has touched anything (first visit → welcome) moves nothing: a reader starts
  // at the top of a new page anyway, and a focus ring around the title of a page just opened looks like a fault.
  if (!touched) return () => undefined;
  const lost = () => !document.activeElement || document.activeElement === document.body;
  const place = (): boolean => {
    if (!lost()) return true;
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    // Focusing inside the render would force the new screen's whole layout into the render's task (the
    // player's first draw became one 70–90 ms task).
    inTaskOfItsOwn(() => { if (lost() && heading.isConnected) heading.focus({ preventScroll: true }); });
    return true;
  };
  if (place()) return () => undefined;
  const observer = new MutationObserver(() => { if (place()) observer.disconnect(); });
  observer.observe(main, { childList: true, subtree: true });
  return () => observer.disconnect();
}
