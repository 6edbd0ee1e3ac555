// Poses for exercises lying on the back (side view, head to the left; or seen from above).
import { ANKLE_ON_MAT, alternate, feetAt, footAt, handAt, handsAt, joints, m, moves, plus, supine, supineLong } from './pose-kit.mjs';

const at = (pose, name, dx = 0, dy = 0) => { const [x, y] = joints(pose)[name]; return [x + dx, y + dy]; };
const ARMS_UP = [[-90, -90], [-92, -92]];
const TABLETOP = [-90, 0, -80];
const OUT_LOW = [-16, -16, -70];
/** Knees supported on a pillow: a looser bend, the pillow under the knees. */
const onPillow = plus(feetAt(supine, [92, ANKLE_ON_MAT], -1), ['pillow', 80, 80, 9, 4]);
/** A hand resting on the tummy, which rises by `lift`. */
const handOnBelly = (pose, lift) => handAt(m(pose, { move: [] }), 0, at(pose, 'trunk', -5, -8 - lift), 1);
const tummy = (pose, lift) => plus(handOnBelly(pose, lift), ['belly', lift]);
/** Lying on the back seen from above, head to the left, arms out to the sides, knees bent up towards the viewer. */
const above = {
  view: 'front', h: [64, 45], t: 180, a: [[-110, -100], [110, 100]], l: [[0, 0, 0], [0, 0, 0]],
  ls: [[0.6, 0.55, 0.9], [0.6, 0.55, 0.9]], hw: 5, top: true, props: [['area', 14, 22, 96, 46]],
};
/** Both bent knees lowered towards one side (up the picture), feet staying where they were. */
const kneesDown = (angle, s = 0.95) => m(above, { l: [[-angle, angle + 8, 0], [-angle + 6, angle + 2, 0]], ls: [[s, s, 0.9], [s, s, 0.9]] });
const aboveLong = m(above, { ls: [[1, 1, 0.5], [1, 1, 0.5]], l: [[0, 0, 0], [0, 0, 0]] });

export const LYING_POSES = {
  'pelvic-tilt': moves(m(supine, { h: [64, 76], t: 194, b: -14, move: ['pelvis'] }), m(supine, { t: 180, b: 0 })),
  'abdominal-bracing': moves(tummy(supine, 3.5), tummy(supine, 0)),
  'bridge': moves(m(supine, { a: [[4, 4], [4, 4]], move: ['pelvis'] }),
    feetAt(m(supine, { h: [68, 63], t: 150, n: 178, a: [[4, 4], [4, 4]] }), at(supine, 'foot0'), -1)),
  'dead-bug-arms': alternate(m(supine, { a: ARMS_UP }), m(supine, { a: [[-172, -176], ARMS_UP[1]] }), m(supine, { a: [ARMS_UP[0], [-172, -176]] })),
  'dead-bug-march': alternate(supine, m(supine, { l: [TABLETOP, supine.l[1]] }), m(supine, { l: [supine.l[0], TABLETOP] })),
  'dead-bug': alternate(m(supine, { a: ARMS_UP, l: [TABLETOP, TABLETOP] }),
    m(supine, { a: [ARMS_UP[0], [-172, -176]], l: [OUT_LOW, TABLETOP] }),
    m(supine, { a: [[-172, -176], ARMS_UP[1]], l: [TABLETOP, OUT_LOW] })),
  'diaphragmatic-breathing': { ...moves(tummy(onPillow, 0), tummy(onPillow, 4.5)), hold: 'loop', loopSeconds: 8 },
  'glute-squeeze': moves(plus(supine, ['glow', 'leg0', 8, 0]), plus(supine, ['glow', 'leg0', 8, 1])),
  'heel-slides': moves(supineLong, footAt(supineLong, 0, [82, ANKLE_ON_MAT], -1)),
  'knee-rocks': alternate(above, kneesDown(40, 0.85), m(kneesDown(-40, 0.85))),
  'supine-lumbar-rotation': moves(plus(above, ['pillow', 88, 24, 12, 5]), plus(kneesDown(70), ['pillow', 88, 24, 12, 5])),
  'supine-hip-abduction-slide': moves(aboveLong, m(aboveLong, { l: [[-22, -22, -22], [0, 0, 0]] })),
  'single-knee-to-chest': moves(supine, handsAt(m(supine, { l: [[-128, -20, -80], supine.l[1]] }), [64, 56], 1)),
  'supine-figure-four-stretch': moves(supine, m(supine, { l: [[-62, 5, -30], supine.l[1]], ls: [[0.8, 1, 1], [1, 1, 1]] })),
  'supine-hamstring-stretch-towel': moves(plus(handsAt(supine, [60, 64], 1), ['strap', 'hand0', 'toe0']),
    plus(handsAt(m(supine, { l: [[-72, -72, -160], supine.l[1]] }), [58, 58], 1), ['strap', 'hand0', 'toe0'])),
  'supine-sciatic-nerve-slider': moves(handsAt(m(supine, { l: [[-90, 0, -90], supine.l[1]] }), [64, 58], 1),
    handsAt(m(supine, { l: [[-90, -88, -70], supine.l[1]] }), [64, 58], 1)),
  'supported-rest-hook-lying': moves(supineLong, onPillow),
  'body-scan': {
    poses: ['toe0', 'shin0', 'leg0', 'trunk-chest', 'head'].map((spot) => plus(onPillow, ['glow', spot, 7, 1])),
    hold: 'loop', loopSeconds: 15,
  },
  'progressive-muscle-relaxation': moves(
    plus(onPillow, ['glow', 'hand0', 5, 0], ['glow', 'toe0', 5, 0], ['glow', 'arm0', 5, 0]),
    plus(onPillow, ['glow', 'hand0', 5, 1], ['glow', 'toe0', 5, 1], ['glow', 'arm0', 5, 1]),
  ),
};
