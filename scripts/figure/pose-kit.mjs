// Building blocks for the pose table: base positions and small helpers to vary them.
import { LEN, bodyTree } from './body.mjs';
import { FLOOR, jointPoints } from './props.mjs';

const clone = (o) => JSON.parse(JSON.stringify(o));
const deg = (rad) => Math.round((rad * 180) / Math.PI);

/** A pose with some fields replaced. */
export const m = (base, changes = {}) => ({ ...clone(base), ...clone(changes) });
/** A pose with extra props. */
export const plus = (base, ...props) => ({ ...clone(base), props: [...(base.props ?? []), ...clone(props)] });
/** A table entry: the poses of one cycle (start, end, and any further poses before it closes). */
export const moves = (...poses) => ({ poses });
/** A table entry whose two-rep cycle alternates sides (start, one side, start, the other side). */
export const alternate = (start, one, other) => ({ poses: [start, one, start, other], repsPerCycle: 2 });
/** Where the joints of a pose land (node names: arm0 is the near shoulder, fore0 the elbow, hand0, shin0 the knee…). */
export const joints = (pose) => jointPoints(bodyTree(pose));

/**
 * Angles [upper, lower] of a two-part limb from `root` reaching `target`, bending to one side
 * (bend 1 or -1), for parts of lengths a and b: a little inverse kinematics for planted feet and hands.
 */
export function reach(root, target, bend, a = LEN.thigh, b = LEN.shin) {
  const dx = target[0] - root[0], dy = target[1] - root[1];
  const d = Math.max(Math.abs(a - b) + 0.01, Math.min(Math.hypot(dx, dy), a + b - 0.01));
  const base = Math.atan2(dy, dx);
  const upper = base + bend * Math.acos((a * a + d * d - b * b) / (2 * a * d));
  const kx = root[0] + a * Math.cos(upper), ky = root[1] + a * Math.sin(upper);
  return [deg(upper), deg(Math.atan2(target[1] - ky, target[0] - kx))];
}

/** The pose with leg i's ankle placed at `ankle` (knee bending to side `bend`), foot at `foot`°. */
export function footAt(pose, i, ankle, bend, foot = 0) {
  const hip = joints(pose)[`leg${i}`];
  const l = clone(pose.l);
  l[i] = [...reach(hip, ankle, bend), foot];
  return { ...clone(pose), l };
}

/** The pose with arm i's hand placed at `hand` (elbow bending to side `bend`). */
export function handAt(pose, i, hand, bend) {
  const shoulder = joints(pose)[`arm${i}`];
  const a = clone(pose.a);
  a[i] = reach(shoulder, hand, bend, LEN.upper, LEN.fore);
  return { ...clone(pose), a };
}

/** The pose with both hands (or feet) placed, the same bend for each. */
export const handsAt = (pose, hand, bend, hand1 = hand) => handAt(handAt(pose, 0, hand, bend), 1, hand1, bend);
export const feetAt = (pose, ankle, bend, foot = 0, ankle1 = ankle) => footAt(footAt(pose, 0, ankle, bend, foot), 1, ankle1, bend, foot);

/** Heights: an ankle resting on a mat or on the floor, a hand flat on the floor. */
export const ANKLE_ON_MAT = FLOOR - 5.4;
export const ANKLE_ON_FLOOR = FLOOR - 2.4;
export const HAND_ON_MAT = FLOOR - 6;

// ── Base positions (side views face right; the near limb is listed first) ──
const HOOK_AT = [84, ANKLE_ON_MAT];
/** Lying on the back, knees bent, feet flat, on a mat (head to the left). */
export const supine = feetAt({ h: [64, 76], t: 180, a: [[3, 3], [3, 3]], l: [[0, 0, 0], [0, 0, 0]], props: [['mat']] }, HOOK_AT, -1);
/** Lying on the back, legs long. */
export const supineLong = m(supine, { l: [[0, 0, -80], [0, 0, -80]] });
/** Lying face down, head to the right. */
export const prone = { h: [50, 77], t: 0, n: 0, a: [[180, 180], [180, 180]], l: [[180, 180, 150], [180, 180, 150]], props: [['mat']] };
/** Standing, facing right. */
export const stand = { h: [55, 46.5], t: -90, n: -90, a: [[95, 90], [85, 88]], l: [[90, 90, 0], [90, 90, 0]] };
/** Sitting on a chair, facing right, hands on the thighs. */
export const seat = feetAt({ h: [46, 56], t: -90, n: -90, a: [[75, 5], [80, 5]], l: [[0, 0, 0], [0, 0, 0]], props: [['chair', 36]] }, [68, ANKLE_ON_FLOOR], -1);
