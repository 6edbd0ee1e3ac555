// The figure as a tree of joints: each node is a frame (translate, then rotate) holding the shapes of one
// body segment, so a pose is a set of joint angles and an animation only turns joints.
import { round } from './affine.mjs';

/** Segment lengths in viewBox units (a standing figure is about 80 tall). */
export const LEN = { pelvis: 9, chest: 15, neck: 3.5, head: 6.3, upper: 14, fore: 12, thigh: 19, shin: 18, foot: 6.5 };
/** Segment thicknesses. */
const WIDE = { pelvis: 13, chest: 15, neck: 5.5, upper: 6.4, fore: 5.2, hand: 3, thigh: 9, shin: 6.8, foot: 4.2 };
/** Half the distance between shoulders and between hips, seen from the front. */
const SPREAD = { shoulder: 7.5, hip: 4.5 };

/** A rounded bar from x0 to x1 along the frame's x axis (one body segment); x0 == x1 is a disc. */
const capsule = (x0, x1, w) => ({ x0, x1, w });

/** The SVG element of a shape. */
export function shapeSvg({ x0, x1, w, eye }) {
  if (eye !== undefined) return `<circle class="e" cx="${round(x0)}" cy="${round(eye)}" r="1.1"/>`;
  if (x0 === x1) return `<circle cx="${round(x0)}" r="${round(w / 2)}"/>`;
  return `<rect x="${round(x0 - w / 2)}" y="${round(-w / 2)}" width="${round(x1 - x0 + w)}" height="${round(w)}" rx="${round(w / 2)}"/>`;
}

/**
 * A joint frame: translate(tx ty) rotate(r) from its parent, `abs` its absolute direction. `part`
 * names the limb it belongs to (for colour and layering); `sx` shortens its own shapes along their
 * length (a limb pointing towards the viewer), not its children.
 */
const node = (key, [tx, ty], r, abs, shapes, kids = [], part = '', sx = 1) => ({ key, tx, ty, r, abs, shapes, kids, part, sx });

/** The head: neck and skull with an eye on the side the figure faces (two from the front). `hd` shifts it (a chin tuck). */
function head(p, chestDir, chestLen) {
  const dir = p.n ?? chestDir;
  const [dx, dy] = p.hd ?? [0, 0];
  const cx = LEN.neck + LEN.head;
  const shapes = [capsule(-1, LEN.neck + 1, WIDE.neck), capsule(cx, cx, 2 * LEN.head)];
  if (p.view === 'front') {
    // Two eyes, shifted sideways (`look`) when the head turns.
    const eyes = node('eyes', [cx - 0.5, p.look ?? 0], 0, dir, [{ x0: 0, eye: 2.4 }, { x0: 0, eye: -2.4 }]);
    return node('head', [chestLen + dx, dy], dir - chestDir, dir, shapes, [eyes], 'head');
  }
  shapes.push({ x0: cx - 0.5, eye: (p.face ?? 1) * 2.6 });
  return node('head', [chestLen + dx, dy], dir - chestDir, dir, shapes, [], 'head');
}

/** One arm from its shoulder: upper arm, then forearm and hand. `sh` moves the shoulders (shrug, squeeze). */
function arm(p, i, chestDir, chestLen) {
  const [upper, fore] = p.a[i];
  const [su, sf] = p.as?.[i] ?? [1, 1];
  const spread = p.view === 'front' ? (i ? -1 : 1) * (p.sw ?? SPREAD.shoulder) : 0;
  const [dx, dy] = p.sh ?? [0, 0];
  const hand = node(`hand${i}`, [LEN.fore * sf, 0], 0, fore, [capsule(0, 0, 2 * WIDE.hand)]);
  const forearm = node(`fore${i}`, [LEN.upper * su, 0], fore - upper, fore, [capsule(0, LEN.fore, WIDE.fore)], [hand], '', sf);
  return node(`arm${i}`, [chestLen - 2.5 + dx, spread + dy], upper - chestDir, upper, [capsule(0, LEN.upper, WIDE.upper)], [forearm], `arm${i}`, su);
}

/** One leg from its hip: thigh, shin, foot. */
function leg(p, i) {
  const [thigh, shin, foot] = p.l[i];
  const [st, ss, sf] = p.ls?.[i] ?? [1, 1, 1];
  const off = p.view === 'front' ? (i ? -1 : 1) * (p.hw ?? SPREAD.hip) : 0;
  const across = ((p.t + 90) * Math.PI) / 180;
  const footNode = node(`foot${i}`, [LEN.shin * ss, 0], foot - shin, foot, [capsule(-1.5, LEN.foot, WIDE.foot)], [], '', sf);
  const shinNode = node(`shin${i}`, [LEN.thigh * st, 0], shin - thigh, shin, [capsule(0, LEN.shin, WIDE.shin)], [footNode], '', ss);
  const root = [off * Math.cos(across), off * Math.sin(across)];
  return node(`leg${i}`, root, thigh, thigh, [capsule(0, LEN.thigh, WIDE.thigh)], [shinNode], `leg${i}`, st);
}

/**
 * The tree for one pose, drawn back to front: limbs listed in `back` (in a side view, the far arm and
 * leg) behind the body, the trunk, then the other arms on top. Angles are absolute, in degrees
 * (0 = pointing right, 90 = down); the tree stores them relative to the parent joint.
 */
export function bodyTree(p) {
  const chestDir = p.t + (p.b ?? 0);
  const [pelvisLen, chestLen] = [LEN.pelvis, LEN.chest];
  const back = new Set(p.back ?? (p.view === 'front' ? [] : ['arm1', 'leg1']));
  const arms = [0, 1].filter((i) => p.a[i]);
  const trunk = (key, own, chest, kids) => node(key, [0, 0], p.t, p.t, own,
    [node(`${key}-chest`, [pelvisLen, 0], p.b ?? 0, chestDir, chest, kids, 'chest')], 'pelvis');
  const backArms = arms.filter((i) => back.has(`arm${i}`)).map((i) => arm(p, i, chestDir, chestLen));
  const frontArms = arms.filter((i) => !back.has(`arm${i}`)).map((i) => arm(p, i, chestDir, chestLen));
  const legs = [0, 1].filter((i) => p.l[i]).sort((i, j) => Number(back.has(`leg${j}`)) - Number(back.has(`leg${i}`)));
  const kids = [];
  if (backArms.length) kids.push(trunk('behind', [], [], backArms));
  kids.push(...legs.map((i) => leg(p, i)));
  kids.push(trunk('trunk', [capsule(0, pelvisLen, WIDE.pelvis)], [capsule(-1, chestLen - 6, WIDE.chest)], [head(p, chestDir, chestLen), ...frontArms]));
  return node('root', p.h, 0, 0, [], kids);
}

/** Parts drawn faded: the far limbs of a side view, unless the pose says otherwise. */
export function fadedParts(p) {
  return new Set(p.fade ?? (p.view === 'front' ? [] : ['arm1', 'leg1']));
}
