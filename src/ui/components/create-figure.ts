import { createEffect, createSignal, type Accessor } from 'solid-js';
import { loadFigure } from './figure-frames';

/**
 * The figure file at `src()`, once loaded (undefined until then), and whether loading failed. A plain
 * signal rather than a resource: a resource would suspend the whole screen each time the exercise changes.
 */
export function createFigure(src: Accessor<string | undefined>): { figure: Accessor<SVGSVGElement | undefined>; failed: Accessor<boolean> } {
  const [figure, setFigure] = createSignal<SVGSVGElement>();
  const [failed, setFailed] = createSignal(false);
  createEffect(() => {
    const url = src();
    setFigure(undefined);
    setFailed(false);
    if (!url) return;
    loadFigure(url).then(
      (loaded) => { if (src() === url) setFigure(loaded); },
      () => { if (src() === url) setFailed(true); },
    );
  });
  return { figure, failed };
}
