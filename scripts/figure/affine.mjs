// 2-D affine helpers for walking the joint tree (matrices as [a, b, c, d, e, f], like SVG's matrix()).

/** A number with at most one decimal, as short text. */
export const round = (n) => String(Math.round(n * 10) / 10);

const rad = (deg) => (deg * Math.PI) / 180;

/** The product m·n. */
export function multiply([a, b, c, d, e, f], [a2, b2, c2, d2, e2, f2]) {
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

/** translate(tx ty) rotate(r). */
export function frame(tx, ty, r) {
  const cos = Math.cos(rad(r)), sin = Math.sin(rad(r));
  return [cos, sin, -sin, cos, tx, ty];
}

/** Where the point [x, y] of a frame lands in the panel. */
export function apply([a, b, c, d, e, f], [x, y]) {
  return [a * x + c * y + e, b * x + d * y + f];
}

/** The vector v turned by -r degrees: a panel offset expressed in a frame rotated by r. */
export function unrotate([x, y], r) {
  const cos = Math.cos(rad(r)), sin = Math.sin(rad(r));
  return [cos * x + sin * y, -sin * x + cos * y];
}

/** y of the cubic-bezier easing (x1 y1 x2 y2) at time x in 0..1, as SMIL keySplines interpolate. */
export function ease([x1, y1, x2, y2], x) {
  const at = (p1, p2, u) => 3 * p1 * u * (1 - u) ** 2 + 3 * p2 * u * u * (1 - u) + u ** 3;
  let lo = 0, hi = 1;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (at(x1, x2, mid) < x) lo = mid; else hi = mid;
  }
  return at(y1, y2, (lo + hi) / 2);
}
