// Things around the figure (mat, chair, counter, wall, pillow, towel, band) and small marks (a breathing
// tummy, a squeezed muscle), drawn in panel coordinates from a pose's joint positions.
import { LEN } from './body.mjs';
import { apply, frame, multiply, round } from './affine.mjs';

/** The floor's height: the figures are posed on it. */
export const FLOOR = 86;

/** Panel positions of every joint of a tree (node origins), plus hands, toes, shoulder and tummy. */
export function jointPoints(tree) {
  const points = {};
  const walk = (n, m) => {
    const here = multiply(m, frame(n.tx, n.ty, n.r));
    points[n.key] = apply(here, [0, 0]);
    if (n.key.startsWith('foot')) points[`toe${n.key.slice(4)}`] = apply(here, [LEN.foot * n.sx, 0]);
    if (n.key === 'trunk-chest') points.shoulder = apply(here, [LEN.chest, 0]);
    if (n.key === 'trunk') points.belly = apply(here, [LEN.pelvis + 1, 5]);
    n.kids.forEach((k) => walk(k, here));
  };
  walk(tree, [1, 0, 0, 1, 0, 0]);
  return points;
}

const r = round;
const at = (points, name) => (typeof name === 'string' ? points[name] : name);
const rect = (cls, x, y, width, height, rx = 0) => ({ tag: 'rect', cls, attrs: { x: r(x), y: r(y), width: r(width), height: r(height), ...(rx ? { rx } : {}) }, box: [x, y, x + width, y + height] });

/** Each prop as { tag, cls, attrs, box, front?, on? }: `front` props are drawn over the figure, `on` ones inside a joint's frame. */
const PROPS = {
  // A mat under the figure, as long as the figure (or from x0 to x1).
  mat: ({ body }, x0 = body[0] - 3, x1 = body[2] + 3) => rect('pm', x0, FLOOR - 3, x1 - x0, 4, 2),
  // A mat seen from above or at a slant: a floor area behind a figure that is not on a floor line.
  area: (_, x, y, w, h) => rect('pm', x, y, w, h, 4),
  // A chair in profile; x = the back's edge, dir 1 = the seat extends to the right.
  chair: (_, x, dir = 1, seat = 62, back = 26) => {
    const front = x + dir * 24, lo = Math.min(x, front);
    const d = `M${r(lo)} ${seat}h24v4h-24z M${x - 2} ${seat - back}h4v${FLOOR - seat + back}h-4z M${front - 1.5} ${seat}h3v${FLOOR - seat}h-3z`;
    return { tag: 'path', cls: 'pf', attrs: { d }, box: [lo - 2, seat - back, lo + 26, FLOOR] };
  },
  // The back of a chair seen from the front (or any rail to hold): a bar at height y on two posts.
  rail: (_, x0, x1, y) => ({
    tag: 'path', cls: 'pf', attrs: { d: `M${x0} ${y}h${x1 - x0}v4h-${x1 - x0}z M${x0} ${y}h4V${FLOOR}h-4z M${x1 - 4} ${y}h4V${FLOOR}h-4z` }, box: [x0, y, x1, FLOOR],
  }),
  // A kitchen counter (or a table) to hold on to, its left edge at x.
  counter: (_, x, top = 50, w = 22) => ({
    tag: 'path', cls: 'pf', attrs: { d: `M${x} ${top + 4}h${w}V${FLOOR}H${x}z M${x - 3} ${top}h${w + 3}v5h-${w + 3}z` }, box: [x - 3, top, x + w, FLOOR],
  }),
  wall: (_, x, w = 5) => rect('pf', x, 0, w, FLOOR),
  // A pillow carried by a limb, drawn in that joint's frame just under its segment (between the knees).
  pad: (_, on, cx, cy, rx, ry) => ({ tag: 'ellipse', cls: 'pp', on, attrs: { cx, cy, rx, ry }, box: null }),
  pillow: (_, cx, cy, rx, ry) => ({ tag: 'ellipse', cls: 'pp', attrs: { cx, cy, rx, ry }, box: [cx - rx, cy - ry, cx + rx, cy + ry] }),
  // A towel or band held between two joints (their names, or fixed points).
  strap: ({ points }, a, b) => {
    const [x1, y1] = at(points, a), [x2, y2] = at(points, b);
    return { tag: 'path', cls: 'ps', front: true, attrs: { d: `M${r(x1)} ${r(y1)}L${r(x2)} ${r(y2)}` }, box: [x1, y1, x2, y2] };
  },
  // The tummy, drawn over the body: `lift` 0 (drawn in) to about 5 (risen with a breath in).
  belly: ({ points }, lift) => {
    const [x, y] = points.belly;
    return { tag: 'ellipse', cls: 'pb', front: true, attrs: { cx: r(x), cy: r(y - lift / 2), rx: 6.5, ry: r(2 + lift) }, box: [x, y, x, y] };
  },
  // A soft highlight on a working muscle or part of the body (a joint name or a point); strength 0 hides it.
  glow: ({ points }, on, radius, strength = 1) => {
    const [x, y] = at(points, on);
    return { tag: 'circle', cls: 'pg', front: true, attrs: { cx: r(x), cy: r(y), r: radius, opacity: strength }, box: [x, y, x, y] };
  },
  // A square traced round by the breath (box breathing).
  box: (_, x, y, s) => ({ tag: 'path', cls: 'pl', attrs: { d: `M${x} ${y}h${s}v${s}h-${s}z` }, box: [x - 1, y - 1, x + s + 1, y + s + 1] }),
  dot: (_, x, y, radius = 2.5) => ({ tag: 'circle', cls: 'pd', front: true, attrs: { cx: x, cy: y, r: radius }, box: [x - radius, y - radius, x + radius, y + radius] }),
};

/** The descriptors of a pose's props; `body` is the figure's box over the whole cycle. */
export function propsOf(pose, points, body) {
  return (pose.props ?? []).map(([kind, ...args]) => {
    const make = PROPS[kind];
    if (!make) throw new Error(`unknown prop ${kind}`);
    return make({ points, body }, ...args);
  });
}
