// Poses for exercises sitting on a chair or standing (side view facing right, or from the front).
import { ANKLE_ON_FLOOR, alternate, feetAt, footAt, handAt, handsAt, joints, m, moves, plus, seat, stand } from './pose-kit.mjs';

const at = (pose, name, dx = 0, dy = 0) => { const [x, y] = joints(pose)[name]; return [x + dx, y + dy]; };
const ARMS_DOWN = [[95, 85], [88, 85]];
const seatTall = m(seat, { a: ARMS_DOWN });
const KNEE_UP = [-28, 78, 0];
const COUNTER = ['counter', 74, 50];
/** Standing facing a counter (or a chair back) with both hands resting on it. */
const holding = (pose, hand, prop) => handsAt(plus(pose, prop), hand, 1);
const atCounter = m(holding(stand, [77, 48], COUNTER), { move: ['leg0'] });
const CHAIR_AHEAD = ['chair', 77, 1, 64];
const atChair = m(holding(stand, [77, 38], CHAIR_AHEAD), { move: ['leg0'] });
/** Keeps the hands where they were in `from` after the body moved. */
const stillHolding = (pose, from) => handsAt(pose, at(from, 'hand0'), 1);
/** Both feet back on the floor where they were in `from`. */
const planted = (pose, from, bend = -1, foot = 0) => feetAt(pose, at(from, 'foot0'), bend, foot, at(from, 'foot1'));

/** Standing seen from the front. */
const front = { view: 'front', h: [60, 46.5], t: -90, n: -90, a: [[95, 88], [85, 92]], l: [[90, 90, 0], [90, 90, 180]], sw: 8 };
const wall = ['area', 30, 4, 60, 82];
/** Sitting seen from the front, thighs towards the viewer, on a chair seen from the front. */
const seatFront = {
  ...front, h: [60, 58], l: [[88, 90, 90], [92, 90, 90]], ls: [[0.3, 1, 0.5], [0.3, 1, 0.5]], sw: 8,
  props: [['rail', 42, 78, 60], ['rail', 44, 76, 34]],
};
/** One foot a step behind (the near one, its heel up) and one in front, hips at `hip`, hands on the chair. */
const lunge = (from, hip) => stillHolding(m(footAt(footAt(m(from, { h: hip }), 0, [46, ANKLE_ON_FLOOR - 1], -1, 20), 1, [70, ANKLE_ON_FLOOR], -1), { move: ['leg0'] }), from);
/** Hands resting on the back of the hips. */
const handsOnBack = (pose) => handsAt(m(pose, { move: pose.move ?? ['pelvis', 'chest'] }), at(pose, 'trunk', -7, -4), 1);
/** Arms crossed over the chest, each hand towards the other shoulder. */
const crossed = (pose) => handAt(handAt(pose, 0, at(pose, 'arm1', -1, 6), 1), 1, at(pose, 'arm0', 1, 6), -1);

export const UPRIGHT_POSES = {
  'seated-pelvic-tilt': moves(m(seat, { t: -106, b: 16, n: -88, move: ['pelvis'] }), m(seat, { t: -78, b: -12, n: -92 })),
  'seated-sciatic-nerve-slider': moves(m(seat, { n: -58 }), m(seat, { n: -120, l: [[0, -4, -70], seat.l[1]] })),
  'seated-sciatic-nerve-tensioner': moves(seat, m(seat, { l: [[0, -2, -100], seat.l[1]] })),
  'shoulder-rolls': moves(m(seatTall, { move: ['arm0'] }), m(seatTall, { sh: [5.5, 0] }), m(seatTall, { sh: [0, -4.5] })),
  'scapular-squeeze': moves(m(seatTall, { sh: [0, 3], b: 12, n: -76, move: ['arm0'] }), m(seatTall, { sh: [0, -3.5], n: -92, a: [[100, 85], [93, 85]] })),
  'chin-tuck': moves(m(seatTall, { n: -72, hd: [-1, 4], move: ['head'] }), m(seatTall, { n: -92, hd: [0, -1.5] })),
  'thoracic-extension-chair': moves(
    crossed(m(seat, { props: [['chair', 36, 1, 62, 20]], move: ['chest'] })),
    crossed(m(seat, { b: -30, n: -130, props: [['chair', 36, 1, 62, 20]] }))),
  'box-breathing': {
    poses: [[0, 0, 76, 36], [4, 2.5, 76, 18], [4, 2.5, 94, 18], [0, 0, 94, 36]].map(([lift, rise, x, y]) =>
      plus(m(seat, { a: [[80, 20], [85, 20]], sh: [rise, 0], hd: [rise, 0] }), ['belly', lift], ['box', 76, 18, 18], ['dot', x, y, 3.5])),
  },
  'seated-marching': { ...alternate(seat, m(seat, { l: [KNEE_UP, seat.l[1]] }), m(seat, { l: [seat.l[0], KNEE_UP] })), hold: 'loop', loopSeconds: 2.4 },
  'sit-to-stand': moves(m(seat, { props: [['chair', 36]] }), planted(m(stand, { h: [64, 46.5], props: [['chair', 36]] }), seat)),
  'mini-squat-chair': moves(m(atChair, { move: ['leg0', 'leg1', 'pelvis'] }), stillHolding(planted(m(atChair, { h: [50, 54], t: -76, n: -86 }), atChair), atChair)),
  'standing-hip-extension-chair': moves(atChair, stillHolding(m(atChair, { t: -84, l: [[112, 114, 24], atChair.l[1]] }), atChair)),
  'standing-hip-flexor-stretch': moves(lunge(atChair, [55, 46]), lunge(atChair, [59, 50.5])),
  'standing-back-extension': moves(handsOnBack(stand), handsOnBack(m(stand, { h: [58, 47], t: -108, b: -18, n: -100, move: ['pelvis', 'chest'] }))),
  'heel-raises-counter': moves(m(atCounter, { move: ['leg0', 'leg1'] }), stillHolding(m(atCounter, { h: [55, 41], l: [[90, 90, 55], [90, 90, 55]] }), atCounter)),
  'standing-marching-counter': { ...alternate(m(atCounter, { move: ['leg0', 'leg1'] }), stillHolding(m(atCounter, { l: [[30, 100, 10], atCounter.l[1]] }), atCounter),
    stillHolding(m(atCounter, { l: [atCounter.l[0], [30, 100, 10]] }), atCounter)), hold: 'loop', loopSeconds: 2.4 },
  'tandem-stance-counter': moves(atCounter, stillHolding(footAt(m(atCounter, { h: [58, 46.5] }), 0, at(atCounter, 'foot0', 8), -1), atCounter)),
  'single-leg-stance-supported': moves(atCounter, stillHolding(m(atCounter, { l: [[96, 128, 40], atCounter.l[1]] }), atCounter)),
  'walking-intervals': {
    poses: [stand, m(stand, { h: [55, 47.5], a: [[112, 100], [70, 55]], l: [[68, 100, 0], [112, 116, 24]] }),
      stand, m(stand, { h: [55, 47.5], a: [[70, 55], [112, 100]], l: [[112, 116, 24], [68, 100, 0]] })],
    repsPerCycle: 2, hold: 'loop', loopSeconds: 2,
  },
  'wall-angels': moves(plus(m(front, { a: [[0, -90], [180, -90]] }), wall), plus(m(front, { a: [[-35, -80], [-145, -100]] }), wall)),
  'standing-hip-abduction-chair': moves(handsAt(plus(front, ['rail', 34, 86, 52]), [72, 52], -1, [48, 52]),
    handsAt(plus(m(front, { l: [[70, 70, 0], front.l[1]] }), ['rail', 34, 86, 52]), [72, 52], -1, [48, 52])),
  'band-pull-apart': moves(plus(m(seatFront, { a: [[100, 80], [80, 100]], as: [[0.35, 0.3], [0.35, 0.3]] }), ['strap', 'hand0', 'hand1']),
    plus(m(seatFront, { a: [[-2, -2], [182, 182]] }), ['strap', 'hand0', 'hand1'])),
  'seated-thoracic-rotation': moves(crossed(m(seatFront, { move: ['arm0', 'arm1', 'head'] })), crossed(m(seatFront, { sw: 4, look: 3.6 }))),
};
