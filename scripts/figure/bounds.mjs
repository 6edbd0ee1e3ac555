// The box a drawing needs, so each exercise's viewBox fits its figure, props and every pose of the cycle.
import { apply, frame, multiply } from './affine.mjs';

/** Grows box [x0, y0, x1, y1] to hold the point [x, y] with a margin. */
const grow = (box, [x, y], pad = 0) => {
  box[0] = Math.min(box[0], x - pad); box[1] = Math.min(box[1], y - pad);
  box[2] = Math.max(box[2], x + pad); box[3] = Math.max(box[3], y + pad);
};

/** An empty box, to be grown. */
export const emptyBox = () => [Infinity, Infinity, -Infinity, -Infinity];

/** Adds every body shape of a joint tree to `box`. */
export function addTree(box, tree) {
  const walk = (n, m) => {
    const here = multiply(m, frame(n.tx, n.ty, n.r));
    for (const s of n.shapes) {
      if (s.eye) continue;
      grow(box, apply(here, [s.x0 * n.sx, 0]), s.w / 2);
      grow(box, apply(here, [s.x1 * n.sx, 0]), s.w / 2);
    }
    n.kids.forEach((k) => walk(k, here));
  };
  walk(tree, [1, 0, 0, 1, 0, 0]);
}

/** Adds a prop's own box ([x0, y0, x1, y1]) to `box`. */
export function addBox(box, [x0, y0, x1, y1]) {
  grow(box, [x0, y0]); grow(box, [x1, y1]);
}

/** The box with a margin, rounded out to whole units, as a viewBox string and its numbers. */
export function viewBoxOf(box, pad = 3) {
  const x = Math.floor(box[0] - pad), y = Math.floor(box[1] - pad);
  const w = Math.ceil(box[2] + pad) - x, h = Math.ceil(box[3] + pad) - y;
  return { x, y, w, h, text: `${x} ${y} ${w} ${h}` };
}
