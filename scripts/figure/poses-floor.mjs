// Poses for exercises on the front, on hands and knees, and on one side.
import { HAND_ON_MAT, alternate, footAt, handsAt, joints, m, moves, plus, prone } from './pose-kit.mjs';

const at = (pose, name, dx = 0, dy = 0) => { const [x, y] = joints(pose)[name]; return [x + dx, y + dy]; };

/** On hands and knees facing right: hands under the shoulders, knees under the hips. */
const quadFrom = (pose) => handsAt(pose, [at(pose, 'arm0')[0] + 1, HAND_ON_MAT], -1);
const quad = quadFrom({ h: [44, 60.6], t: -14, n: 35, a: [[90, 90], [90, 90]], l: [[90, 180, 180], [90, 180, 180]], props: [['mat']] });
/** The back dipped (b < 0) or rounded (b > 0), hands staying where they were. */
const spine = (t, b, n) => handsAt(m(quad, { t, b, n }), at(quad, 'hand0'), -1);
const REACH = [0, 0];
const LEG_BACK = [176, 178, 178];

/** Propped on the forearms or hands, hips down: the chest raised by `b`, hands placed. */
const propped = (t, b, n, hand, bend) => handsAt(m(prone, { t, b, n }), hand, bend);
const onElbows = propped(-4, -22, -18, [at(prone, 'arm0')[0] + 16, HAND_ON_MAT], 1);

/**
 * Lying on one side seen from the front and a little above (head to the left on a pillow): shoulders
 * and hips stacked, knees bent towards the viewer, the top leg (0) over the bottom one.
 */
const side = {
  view: 'front', h: [68, 58], t: 180, sw: 6, hw: 5, top: true,
  a: [[2, 2], [180, 180]], l: [[38, -32, -10], [38, -32, -10]], back: ['arm1', 'leg1'], fade: [],
  props: [['area', 10, 48, 102, 32], ['pillow', 30, 60, 12, 6]],
};
const topAnkle = at(side, 'foot0');
/** From above, lying on the left side (head to the left, facing down the picture), arms reaching forward. */
const sideAbove = {
  h: [66, 50], t: 180, face: -1, n: 180, a: [[90, 90], [90, 90]], l: [[90, 0, 90], [90, 0, 90]], top: true,
  props: [['area', 14, 34, 84, 44], ['pillow', 28, 50, 9, 6]],
};

export const FLOOR_POSES = {
  'prone-lying': moves(plus(m(prone, { n: -10, a: [[-10, 170], [-10, 170]] }), ['pillow', 52, 80, 10, 3]), plus(prone, ['pillow', 52, 80, 10, 3])),
  'prone-on-elbows': moves(m(prone, { a: [[165, 0], [165, 0]], move: ['chest'] }), onElbows),
  'prone-press-up': moves(m(propped(0, 0, 0, [at(prone, 'arm0')[0] + 2, HAND_ON_MAT], -1), { move: ['chest'] }),
    propped(-6, -30, -30, [at(prone, 'arm0')[0] + 2, HAND_ON_MAT], -1)),
  'bird-dog-arm-reach': alternate(quad, m(quad, { a: [REACH, quad.a[1]] }), m(quad, { a: [quad.a[0], REACH] })),
  'bird-dog': moves(quad, m(quad, { a: [REACH, quad.a[1]], l: [quad.l[0], LEG_BACK] })),
  'cat-camel': moves(m(spine(-4, -28, -12), { move: ['pelvis', 'chest'] }), spine(-32, 38, 60)),
  'clamshell': moves(side, footAt(side, 0, topAnkle, -1, -10)),
  'side-lying-rest-pillow': moves(plus(m(side, { hw: 2.5, move: ['leg0'] }), ['pad', 'leg0', 17, 2, 7, 3]),
    plus(m(side, { hw: 8, l: [[34, -30, -10], side.l[1]] }), ['pad', 'leg0', 17, 8, 9, 5])),
  'open-book': moves(m(sideAbove, { move: ['arm0', 'head'] }), m(sideAbove, { a: [[-95, -95], [90, 90]], n: 215, sh: [0, 2.5] })),
};
