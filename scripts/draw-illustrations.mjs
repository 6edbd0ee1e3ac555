// Draws exercises/illustrations/<id>.svg from a table of poses, so every figure shares one style.
// Run: node scripts/draw-illustrations.mjs [--contact]   (--contact also writes /tmp/contact.html)
// The generated SVGs are committed; the build never runs this script.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXERCISES = fileURLToPath(new URL('../exercises/', import.meta.url));
const L = { trunk: 32, neck: 4, head: 7, upper: 15, fore: 14, thigh: 21, shin: 20, foot: 7 };
const RIGHT_PANEL_X = 130;
const FLOOR = 108;

const rad = (deg) => (deg * Math.PI) / 180;
const step = ([x, y], deg, len) => [x + len * Math.cos(rad(deg)), y + len * Math.sin(rad(deg))];
const r1 = (n) => Math.round(n * 10) / 10;
const pt = ([x, y]) => `${r1(x)} ${r1(y)}`;

/**
 * Joint positions from a pose. Angles in degrees (0 = right, 90 = down); `bend` bows the trunk
 * (positive rounds the back, negative arches it); `front` spreads shoulders and hips for a front
 * or overhead view (`sw`/`hw`: half-widths of shoulders and hips); `as`/`ls` shorten limbs that
 * point towards the viewer.
 */
function joints(p) {
  const j = { hip: p.h };
  j.shoulder = step(p.h, p.t, L.trunk);
  j.neck = step(j.shoulder, p.n ?? p.t, L.neck);
  j.head = step(j.shoulder, p.n ?? p.t, L.neck + L.head);
  const perp = p.t + 90;
  p.a.forEach(([ua, fa], i) => {
    const [su, sf] = p.as?.[i] ?? [1, 1];
    const root = p.front ? step(j.shoulder, perp, (i ? -1 : 1) * (p.sw ?? 9)) : j.shoulder;
    j[`shoulder${i}`] = root;
    j[`elbow${i}`] = step(root, ua, L.upper * su);
    j[`hand${i}`] = step(j[`elbow${i}`], fa, L.fore * sf);
  });
  p.l.forEach(([th, sh, ft], i) => {
    const [st, ss, sft] = p.ls?.[i] ?? [1, 1, 1];
    const root = p.front ? step(p.h, perp, (i ? -1 : 1) * (p.hw ?? 5)) : p.h;
    j[`hip${i}`] = root;
    j[`knee${i}`] = step(root, th, L.thigh * st);
    j[`ankle${i}`] = step(j[`knee${i}`], sh, L.shin * ss);
    j[`toe${i}`] = step(j[`ankle${i}`], ft, L.foot * (sft ?? 1));
  });
  const mid = step(p.h, p.t, L.trunk / 2);
  j.bow = step(mid, p.t - 90, p.bend ?? 0);
  return j;
}

const line = (pts, w, extra = '') => `<path d="M${pts.map(pt).join('L')}" stroke-width="${w}"${extra}/>`;
const SOFT = ' fill="currentColor" fill-opacity=".14" stroke="none"';

/** Background and foreground props, drawn in panel coordinates. */
function prop(item, j) {
  const [kind, ...a] = item;
  switch (kind) {
    case 'mat': return `<rect x="4" y="104" width="102" height="4" rx="2"${SOFT}/>`;
    case 'chair': {
      const [x, seat = 91, back = 58, dir = 1] = a; // x = back of chair
      const front = x + dir * 24;
      return `<path d="M${x} ${back}V${FLOOR}M${x} ${seat}H${front}V${FLOOR}" stroke-width="3" opacity=".45"/>`;
    }
    case 'counter': {
      const [x, top = 60] = a;
      return `<rect x="${x}" y="${top}" width="16" height="${FLOOR - top}" rx="2"${SOFT}/>`;
    }
    case 'bed': return `<rect x="4" y="${a[0] ?? 64}" width="102" height="${a[1] ?? 34}" rx="4"${SOFT}/>`;
    case 'panel': return `<rect x="${a[0]}" y="${a[1]}" width="${a[2]}" height="${a[3]}" rx="2"${SOFT}/>`;
    case 'bar': return `<path d="M${a[0]} ${a[2]}H${a[1]}M${a[0]} ${a[2]}V${FLOOR}M${a[1]} ${a[2]}V${FLOOR}" stroke-width="3" opacity=".45"/>`;
    case 'wall': return `<path d="M${a[0]} 8V${FLOOR}" stroke-width="3" opacity=".35"/>`;
    case 'pillow': return `<ellipse cx="${a[0]}" cy="${a[1]}" rx="${a[2]}" ry="${a[3]}"${SOFT.replace('.14', '.22')}/>`;
    case 'strap': return line([j[a[0]], j[a[1]]], 2, ' opacity=".7"');
    case 'arc': {
      const [x1, y1, cx, cy, x2, y2] = a;
      const ang = Math.atan2(y2 - cy, x2 - cx) * 180 / Math.PI;
      const h1 = step([x2, y2], ang + 150, 5), h2 = step([x2, y2], ang - 150, 5);
      return `<path d="M${x1} ${y1}Q${cx} ${cy} ${x2} ${y2}M${pt(h1)}L${x2} ${y2}L${pt(h2)}" stroke-width="2" opacity=".6"/>`;
    }
    case 'rock': { // an arc with a head at both ends: to and fro
      const [x1, y1, cx, cy, x2, y2] = a;
      const head = (x, y, fx, fy) => {
        const ang = Math.atan2(y - fy, x - fx) * 180 / Math.PI;
        return `M${pt(step([x, y], ang + 150, 5))}L${x} ${y}L${pt(step([x, y], ang - 150, 5))}`;
      };
      return `<path d="M${x1} ${y1}Q${cx} ${cy} ${x2} ${y2}${head(x2, y2, cx, cy)}${head(x1, y1, cx, cy)}" stroke-width="2.5" opacity=".7"/>`;
    }
    case 'belly': { // the front of the tummy: lift > 0 bulges out, lift < 0 draws in
      const [lift, faint, from = 3, to = 21] = a; // faint: an earlier outline, dashed
      const t = Math.atan2(j.shoulder[1] - j.hip[1], j.shoulder[0] - j.hip[0]) * 180 / Math.PI;
      const at = (d, off) => step(step(j.hip, t, d), t + 90, off);
      const look = faint ? ' stroke-dasharray="2 3" opacity=".6"' : ' fill="currentColor" fill-opacity=".25"';
      return `<path d="M${pt(at(from, 3))}Q${pt(at((from + to) / 2, 3 + 2 * lift))} ${pt(at(to, 3))}" stroke-width="2.5"${look}/>`;
    }
    case 'glow': { // a soft spot on the working muscle, with short tension marks at the given angles
      const [x, y, r, ...angles] = a;
      const ticks = angles.map((d) => `M${pt(step([x, y], d, r + 2))}L${pt(step([x, y], d, r + 8))}`).join('');
      return `<circle cx="${x}" cy="${y}" r="${r}"${SOFT.replace('.14', '.3')}/>${ticks ? `<path d="${ticks}" stroke-width="3" opacity=".8"/>` : ''}`;
    }
    case 'box': { // box breathing: a square to trace round, with an arrow
      const [x, y, s] = a;
      const mx = x + s / 2;
      return `<path d="M${x} ${y}H${x + s}V${y + s}H${x}ZM${mx - 3} ${y - 4}L${mx + 1} ${y}L${mx - 3} ${y + 4}" stroke-width="2" opacity=".6"/>`;
    }
    case 'arrow': {
      const [x1, y1, x2, y2] = a;
      const ang = Math.atan2(y2 - y1, x2 - x1) * 180 / Math.PI;
      const h1 = step([x2, y2], ang + 150, 5), h2 = step([x2, y2], ang - 150, 5);
      return `<path d="M${x1} ${y1}L${x2} ${y2}M${pt(h1)}L${x2} ${y2}L${pt(h2)}" stroke-width="2" opacity=".6"/>`;
    }
    default: throw new Error(`unknown prop ${kind}`);
  }
}

const FRONT_PROPS = new Set(['strap', 'arrow', 'arc', 'bar', 'rock', 'box', 'belly']);

/** One figure: props, far limbs faded (side views), trunk and head, near limbs. */
function figure(p) {
  const j = joints(p);
  const props = p.props ?? [];
  const out = p.top ? [] : [`<path d="M4 ${FLOOR}H106" stroke-width="2" opacity=".3"/>`];
  for (const item of props) if (!FRONT_PROPS.has(item[0])) out.push(prop(item, j));
  const far = p.front ? '' : ' opacity=".4"';
  const legOf = (k, i, o = i ? far : '') => line([k[`hip${i}`], k[`knee${i}`], k[`ankle${i}`], k[`toe${i}`]], 5, o);
  const armOf = (k, i, o = i ? far : '') => line([k[`shoulder${i}`], k[`elbow${i}`], k[`hand${i}`]], 4.5, o);
  const leg = (i) => legOf(j, i), arm = (i) => armOf(j, i);
  if (p.ghost) { // where the moving limbs were, faint
    const g = joints({ ...p, ...p.ghost });
    const moved = (key, i) => p.ghost[key] && JSON.stringify(p.ghost[key][i]) !== JSON.stringify(p[key][i]);
    const parts = [0, 1].map((i) => (moved('l', i) ? legOf(g, i, '') : '') + (moved('a', i) ? armOf(g, i, '') : ''));
    out.push(`<g opacity=".25">${parts.join('')}</g>`);
  }
  if (p.l[1]) out.push(leg(1));
  if (p.a[1]) out.push(arm(1));
  const bow = 2 * j.bow[0] - (j.hip[0] + j.shoulder[0]) / 2;
  const bowY = 2 * j.bow[1] - (j.hip[1] + j.shoulder[1]) / 2;
  out.push(`<path d="M${pt(j.hip)}Q${pt([bow, bowY])} ${pt(j.shoulder)}L${pt(j.neck)}" stroke-width="7"/>`);
  if (p.front) out.push(line([j.shoulder0, j.shoulder1], 6), line([j.hip0, j.hip1], 6));
  out.push(`<circle cx="${r1(j.head[0])}" cy="${r1(j.head[1])}" r="${L.head}" stroke-width="3.5" fill="currentColor" fill-opacity=".12"/>`);
  out.push(leg(0), arm(0));
  for (const item of props) if (FRONT_PROPS.has(item[0])) out.push(prop(item, j));
  return out.join('');
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The whole SVG: start pose on the left, end pose on the right, an arrow between. */
function svg(alt, [start, end]) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 120" role="img">`
    + `<title>${esc(alt)}</title>`
    + `<g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">`
    + `<g>${figure(start)}</g>`
    + `<path d="M112 60H127M122 55L127 60L122 65" stroke-width="2.5" opacity=".5"/>`
    + `<g transform="translate(${RIGHT_PANEL_X} 0)">${figure(end)}</g>`
    + `</g></svg>\n`;
}

// ── Base poses (facing right; far limb second) ────────────────────────────
const clone = (o) => JSON.parse(JSON.stringify(o));
/** A base pose with some fields replaced. */
const m = (base, changes = {}) => ({ ...clone(base), ...clone(changes) });
/** A base pose with extra props added. */
const plus = (base, ...props) => ({ ...clone(base), props: [...(base.props ?? []), ...props] });

const HOOK = [-52, 58, 0];
const STRAIGHT = [0, 0, -80];
const ON_BELLY = [-35, 25];
const ON_CHEST = [-60, 60];
const supine = { h: [60, 99], t: 180, n: 186, a: [[-8, -4], [-8, -4]], l: [HOOK, HOOK], props: [['mat']] };
const supineStraight = m(supine, { l: [STRAIGHT, STRAIGHT] });
const supineRest = plus(m(supine, { a: [ON_BELLY, ON_CHEST] }), ['pillow', 74, 100, 10, 4]);
/** Lying on the back seen from above, head to the left. */
const supineTop = {
  top: true, front: true, h: [62, 81], t: 180, n: 180, a: [[-6, 0], [6, 0]],
  l: [[0, 0, 0], [0, 0, 0]], ls: [[1, 1, 0.5], [1, 1, 0.5]], props: [['bed']],
};
const stand = { h: [55, 65], t: -90, n: -90, a: [[95, 90], [85, 90]], l: [[90, 90, 0], [90, 90, 0]] };
/** Standing seen from the front. */
const standFront = { front: true, h: [55, 65], t: -90, n: -90, a: [[80, 85], [100, 95]], l: [[87, 90, 0], [93, 90, 180]], ls: [[1, 1, 0.6], [1, 1, 0.6]] };
const seat = { h: [46, 85], t: -90, n: -90, a: [[80, 10], [85, 5]], l: [[0, 90, 0], [0, 90, 0]], props: [['chair', 38]] };
const CROSSED = [[60, -150], [65, -155]];
/** Sitting seen from the front, thighs pointing at the viewer. */
const seatFront = {
  front: true, h: [55, 85], t: -90, n: -90, a: [[80, 85], [100, 95]], l: [[85, 90, 0], [95, 90, 180]],
  ls: [[0.3, 0.8, 0.6], [0.3, 0.8, 0.6]], props: [['panel', 41, 48, 28, 38], ['panel', 36, 86, 38, 5]],
};
const quad = { h: [36, 83], t: -11, n: -8, a: [[90, 90], [90, 90]], l: [[90, 180, 180], [90, 180, 180]], props: [['mat']] };
const prone = { h: [50, 100], t: 0, n: -4, a: [[180, 180], [180, 180]], l: [[180, 180, 150], [180, 180, 150]], props: [['mat']] };
/**
 * Lying on one side seen from the front, head on a pillow: the top shoulder and hip stacked over
 * the lower ones, the top hand on the hip, knees bent towards the viewer.
 */
const sideFront = {
  front: true, h: [70, 95], t: 180, n: 180, sw: 8, hw: 6, a: [[-35, 42], [180, 180]],
  l: [[20, -20, 90], [20, -20, 90]], ls: [[0.8, 0.8, 0.5], [0.8, 0.8, 0.5]], props: [['mat'], ['pillow', 22, 101, 12, 4]],
};
const atCounter = (p) => plus(m(p, { a: [[45, 60], [50, 65]] }), ['counter', 70, 56]);
const standC = atCounter(stand);
const atChair = (p) => plus(m(p, { a: [[35, 55], [40, 60]] }), ['chair', 77, 86, 54, 1]);
const standCh = atChair(stand);
const frontAtChair = plus(m(standFront, { a: [[75, 95], [105, 85]] }), ['bar', 36, 74, 56]);

// ── The pose table: [start, end] for each exercise ───────────────────────
const POSES = {
  'pelvic-tilt': [m(supine, { bend: -4 }), plus(m(supine, { bend: 1 }), ['arrow', 44, 86, 44, 94])],
  'seated-pelvic-tilt': [m(seat, { bend: 5, n: -80 }), m(seat, { bend: -4 })],
  'knee-rocks': [plus(supine, ['rock', 62, 76, 73, 62, 84, 76]),
    plus(m(supine, { l: [[-25, 45, 0], [-38, 52, 0]], ls: [[0.85, 0.8, 1], [0.9, 0.9, 1]], ghost: { l: [HOOK, [-38, 52, 0]] } }), ['arc', 72, 74, 84, 72, 88, 84])],
  'supine-lumbar-rotation': [plus(supine, ['pillow', 84, 101, 14, 4]),
    plus(m(supine, { l: [[-12, 40, 0], [-20, 45, 0]], ls: [[0.85, 0.7, 1], [0.9, 0.75, 1]] }), ['pillow', 84, 101, 14, 4], ['arc', 74, 76, 84, 74, 88, 84])],
  'cat-camel': [m(quad, { bend: -5, n: -20 }), plus(m(quad, { bend: 8, n: 25 }), ['arrow', 52, 66, 52, 58])],
  'prone-lying': [plus(m(prone, { n: -20 }), ['pillow', 60, 101, 10, 3]), plus(prone, ['pillow', 60, 101, 10, 3])],
  'prone-on-elbows': [prone, m(prone, { t: -18, n: -20, bend: -3, a: [[95, 0], [95, 0]] })],
  'prone-press-up': [m(prone, { a: [[-150, 40], [-150, 40]] }), m(prone, { t: -34, n: -30, bend: -5, a: [[100, 80], [100, 80]] })],
  'standing-back-extension': [m(stand, { a: [[125, 75], [120, 70]] }), m(stand, { t: -102, n: -112, bend: -4, a: [[112, 62], [107, 57]] })],
  'abdominal-bracing': [plus(supine, ['belly', 4]), plus(supine, ['belly', 4, 1], ['belly', 0], ['arrow', 48, 76, 48, 88])],
  'heel-slides': [supineStraight, plus(m(supine, { l: [HOOK, STRAIGHT] }), ['arrow', 98, 94, 88, 94])],
  'dead-bug-arms': [m(supine, { a: [[-90, -90], [-90, -90]] }), m(supine, { a: [[-150, -170], [-90, -90]] })],
  'dead-bug-march': [supine, m(supine, { l: [[-90, 0, -80], HOOK] })],
  'dead-bug': [m(supine, { a: [[-90, -90], [-90, -90]], l: [[-90, 0, -80], [-90, 0, -80]] }),
    m(supine, { a: [[-90, -90], [-160, -175]], l: [[-20, -10, -80], [-90, 0, -80]] })],
  'bird-dog-arm-reach': [quad, m(quad, { a: [[-5, -5], [90, 90]] })],
  'bird-dog': [quad, m(quad, { a: [[-5, -5], [90, 90]], l: [[90, 180, 180], [178, 178, 175]] })],
  'supine-hip-abduction-slide': [supineTop, plus(m(supineTop, { l: [[-18, -18, 0], [0, 0, 0]] }), ['arrow', 98, 68, 99, 60])],
  'glute-squeeze': [supine, plus(supine, ['glow', 60, 99, 9, 200, 235, 268, 345])],
  'bridge': [supine, m(supine, { h: [62, 84], t: 168, l: [[-10, 80, 0], [-10, 80, 0]] })],
  'clamshell': [sideFront, plus(m(sideFront, { l: [[-35, 30, 90], sideFront.l[1]], ls: [[0.8, 1.02, 0.5], [0.8, 0.8, 0.5]], ghost: { l: sideFront.l } }),
    ['arc', 96, 90, 100, 78, 90, 70])],
  'standing-hip-abduction-chair': [frontAtChair, plus(m(frontAtChair, { l: [[87, 90, 0], [116, 116, 180]] }), ['arrow', 26, 88, 18, 84])],
  'standing-hip-extension-chair': [standCh, m(standCh, { t: -86, l: [[90, 90, 0], [112, 112, 20]] })],
  'sit-to-stand': [m(seat, { a: [[60, 0], [65, 0]], props: [['chair', 36]] }), m(stand, { h: [58, 65], props: [['chair', 36]] })],
  'mini-squat-chair': [standCh, m(standCh, { h: [50, 71], t: -80, n: -88, l: [[62, 115, 0], [62, 115, 0]] })],
  'standing-hip-flexor-stretch': [m(standCh, { l: [[80, 95, 0], [100, 100, 10]] }), m(standCh, { h: [55, 68], l: [[70, 105, 0], [118, 100, 10]] })],
  'supine-figure-four-stretch': [supine, m(supine, { l: [[-20, -127, -40], HOOK], ls: [[1, 0.55, 1], [1, 1, 1]] })],
  'single-knee-to-chest': [supine, m(supine, { a: [[-40, -20], [-8, -4]], l: [[-125, 55, 0], HOOK] })],
  'supine-hamstring-stretch-towel': [plus(m(supine, { a: [[-40, -20], [-8, -4]] }), ['strap', 'hand0', 'toe0']),
    plus(m(supine, { a: [[-60, -50], [-8, -4]], l: [[-72, -72, -10], HOOK] }), ['strap', 'hand0', 'ankle0'])],
  'chin-tuck': [m(seat, { n: -60 }), plus(m(seat, { n: -95 }), ['arrow', 68, 44, 60, 44])],
  'scapular-squeeze': [m(seat, { bend: 4, n: -75, a: [[110, 80], [105, 80]] }), plus(m(seat, { a: [[100, 85], [95, 85]] }), ['arrow', 34, 62, 40, 62])],
  'shoulder-rolls': [plus(seat, ['arrow', 56, 56, 56, 46]), plus(seat, ['arc', 54, 44, 40, 42, 40, 56])],
  'thoracic-extension-chair': [m(seat, { a: CROSSED, props: [['chair', 38, 91, 66]] }),
    m(seat, { t: -104, n: -125, bend: -4, a: [[45, -165], [50, -170]], props: [['chair', 38, 91, 66]] })],
  'seated-thoracic-rotation': [m(seat, { a: CROSSED }), plus(m(seat, { n: -75, a: [[150, 20], [20, 170]] }), ['arc', 62, 44, 70, 56, 62, 66])],
  'wall-angels': [plus(m(standFront, { a: [[0, -90], [180, -90]] }), ['panel', 20, 8, 70, 100]),
    plus(m(standFront, { a: [[-40, -80], [-140, -100]] }), ['panel', 20, 8, 70, 100], ['arrow', 86, 20, 86, 10])],
  'open-book': [m(sideFront, { a: [[36, 36], [180, 180]] }),
    plus(m(sideFront, { sw: 6, a: [[-100, -100], [180, 180]], ghost: { sw: 8, a: [[36, 36], [180, 180]] } }), ['arc', 68, 94, 76, 46, 42, 54])],
  'band-pull-apart': [plus(m(seatFront, { a: [[100, 150], [80, 30]], as: [[0.6, 0.5], [0.6, 0.5]] }), ['strap', 'hand0', 'hand1']),
    plus(m(seatFront, { a: [[0, 0], [180, 180]] }), ['strap', 'hand0', 'hand1'])],
  'seated-sciatic-nerve-slider': [m(seat, { n: -62 }), m(seat, { n: -125, l: [[0, 5, -80], [0, 90, 0]] })],
  'supine-sciatic-nerve-slider': [m(supine, { a: [[-50, -20], [-8, -4]], l: [[-90, 50, 30], HOOK] }), m(supine, { a: [[-50, -20], [-8, -4]], l: [[-90, -80, -60], HOOK] })],
  'seated-sciatic-nerve-tensioner': [seat, m(seat, { l: [[0, 0, -110], [0, 90, 0]] })],
  'diaphragmatic-breathing': [plus(m(supineRest, { a: [[-35, 17], ON_CHEST] }), ['belly', 1]),
    plus(m(supineRest, { a: [[-45, 0], ON_CHEST] }), ['belly', 4.5], ['arrow', 48, 84, 48, 70])],
  'box-breathing': [plus(m(seat, { a: [[80, 0], [85, 0]] }), ['belly', 3, 0, 4, 24], ['arrow', 76, 42, 60, 42], ['box', 80, 10, 18]),
    plus(m(seat, { a: [[80, 0], [85, 0]] }), ['belly', 0, 0, 4, 24], ['arrow', 60, 42, 76, 42])],
  'progressive-muscle-relaxation': [plus(m(supineRest, { a: [[-8, -4], [-8, -4]] }), ['glow', 57, 95, 4, 240, 300], ['glow', 90, 98, 5, 240, 300, 340]),
    m(supineRest, { a: [[-8, -4], [-8, -4]] })],
  'body-scan': [m(supineRest, { a: [[-8, -4], [-8, -4]] }),
    plus(m(supineRest, { a: [[-8, -4], [-8, -4]] }), ['glow', 88, 98, 7], ['arc', 96, 86, 64, 52, 26, 82])],
  'supported-rest-hook-lying': [supineStraight, plus(m(supine, { l: [[-30, 30, -5], [-30, 30, -5]], a: [ON_BELLY, ON_BELLY] }), ['pillow', 78, 97, 12, 7])],
  'side-lying-rest-pillow': [m(sideFront, { l: [[15, -25, 90], [25, -15, 90]] }),
    plus(m(sideFront, { l: [[12, -12, 90], [25, -25, 90]], hw: 8 }), ['pillow', 86, 95, 14, 5])],
  'walking-intervals': [stand, m(stand, { t: -92, a: [[60, 70], [120, 110]], l: [[70, 100, 0], [108, 118, 20]] })],
  'seated-marching': [seat, m(seat, { a: [[110, 60], [60, 0]], l: [[-25, 75, 0], [0, 90, 0]] })],
  'standing-marching-counter': [standC, m(standC, { l: [[10, 95, 0], [90, 90, 0]] })],
  'heel-raises-counter': [standC, plus(m(standC, { h: [55, 59], l: [[90, 90, 60], [90, 90, 60]] }), ['arrow', 40, 100, 40, 90])],
  'tandem-stance-counter': [standC, m(standC, { l: [[80, 90, 0], [100, 90, 0]] })],
  'single-leg-stance-supported': [standC, m(standC, { l: [[90, 90, 0], [80, 125, 15]] })],
};

// ── Write every SVG named in the exercise files ─────────────────────────
const files = readdirSync(EXERCISES).filter((f) => f.endsWith('.json'));
const cards = [];
for (const file of files) {
  const ex = JSON.parse(readFileSync(EXERCISES + file, 'utf8'));
  const pose = POSES[ex.id];
  if (!pose) { console.warn(`no pose for ${ex.id}`); continue; }
  const text = svg(ex.alt, pose);
  writeFileSync(EXERCISES + ex.illustration, text);
  cards.push(`<figure><img src="${EXERCISES + ex.illustration}"><figcaption>${ex.id} (${text.length} B)</figcaption></figure>`);
}
console.log(`wrote ${cards.length} illustrations`);

if (process.argv.includes('--contact')) {
  const css = 'body{font:12px sans-serif;display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin:8px}'
    + 'figure{margin:0;border:1px solid #ccc}img{width:100%;display:block}figcaption{padding:2px 4px}';
  writeFileSync('/tmp/contact.html', `<!doctype html><style>${css}</style>${cards.join('')}`);
  for (let page = 0; page * 18 < cards.length; page++) {
    writeFileSync(`/tmp/contact-${page}.html`, `<!doctype html><style>${css}</style>${cards.slice(page * 18, page * 18 + 18).join('')}`);
  }
  console.log('contact sheets: /tmp/contact.html and /tmp/contact-<page>.html');
}
