// Writes one exercise's SVG: the figure in its first pose, with SMIL animations that turn each joint
// through the other poses and back, one cycle per rep. Colours come from the app's stylesheet
// (classes), so the file holds no style and works under a strict CSP.
import { bodyTree, fadedParts, shapeSvg } from './body.mjs';
import { round, unrotate } from './affine.mjs';
import { addBox, addTree, emptyBox, viewBoxOf } from './bounds.mjs';
import { FLOOR, jointPoints, propsOf } from './props.mjs';

const SPLINE = '.45 0 .55 1';
const same = (values) => values.every((v) => v === values[0]);
/** A turn in degrees the short way round, in (-180, 180]. */
const shortTurn = (d) => d - 360 * Math.ceil((d - 180) / 360);

/** The cycle's shared timing: poses p0…pk and back to p0, evenly spaced unless keyTimes are given. */
function timing(count, seconds, keyTimes) {
  const times = keyTimes ?? Array.from({ length: count + 1 }, (_, i) => round(i / count));
  const splines = Array(count).fill(SPLINE).join(';');
  return `dur="${seconds}s" repeatCount="indefinite" keyTimes="${times.join(';')}" calcMode="spline" keySplines="${splines}"`;
}

/** The animation elements for one node across the cycle (none when the joint never moves). */
function nodeAnimations(nodes, time) {
  const [first] = nodes;
  const shifts = nodes.map((n) => unrotate([n.tx - first.tx, n.ty - first.ty], first.r).map(round).join(' '));
  const turns = nodes.map((n) => round(shortTurn(n.r - first.r)));
  const anim = (type, values) => `<animateTransform attributeName="transform" type="${type}" additive="sum" values="${[...values, values[0]].join(';')}" ${time}/>`;
  return (same(shifts) ? '' : anim('translate', shifts)) + (same(turns) ? '' : anim('rotate', turns));
}

/** The limbs with a joint that turns by 15° or more during the cycle (drawn in the "moving" colour). */
function movingParts(trees) {
  const moving = new Set();
  const walk = (nodes, limb) => {
    const part = nodes[0].part || limb;
    const turns = nodes.map((n) => Math.abs(shortTurn(n.abs - nodes[0].abs)));
    if (/^(arm|leg)/.test(part) && Math.max(...turns) >= 15) moving.add(part);
    nodes[0].kids.forEach((_, i) => walk(nodes.map((n) => n.kids[i]), part));
  };
  walk(trees, '');
  return moving;
}

/** A node's own shapes, shortened (and animated) where the limb points towards the viewer. */
function scaled(nodes, shapes, time) {
  const sizes = nodes.map((n) => `${round(n.sx)} 1`);
  if (!shapes || sizes.every((v) => v === '1 1')) return shapes;
  const anim = same(sizes) ? '' : `<animateTransform attributeName="transform" type="scale" values="${[...sizes, sizes[0]].join(';')}" ${time}/>`;
  return `<g transform="scale(${sizes[0]})">${anim}${shapes}</g>`;
}

/** One node and its children, with animations, in the first pose. A moving torso colours only its own shape. */
function drawNode(nodes, look, time) {
  const [n] = nodes;
  const move = [n.tx || n.ty ? `translate(${round(n.tx)} ${round(n.ty)})` : '', n.r ? `rotate(${round(n.r)})` : ''].filter(Boolean);
  const torso = n.part === 'pelvis' || n.part === 'chest';
  const cls = [look.faded.has(n.part) ? 'f' : '', look.moving.has(n.part) && !torso ? 'm' : ''].filter(Boolean).join(' ');
  const shapes = scaled(nodes, n.shapes.map(shapeSvg).join(''), time);
  const own = torso && shapes && look.moving.has(n.part) ? `<g class="m">${shapes}</g>` : shapes;
  const kids = n.kids.map((_, i) => drawNode(nodes.map((m) => m.kids[i]), look, time)).join('');
  const anims = nodeAnimations(nodes, time);
  const pads = (look.attached.get(n.key) ?? []).map((list) => drawProp(list, time)).join('');
  const attrs = `${move.length ? ` transform="${move.join(' ')}"` : ''}${cls ? ` class="${cls}"` : ''}`;
  return attrs || anims ? `<g${attrs}>${anims}${pads}${own}${kids}</g>` : pads + own + kids;
}

/** One prop across the cycle: its attributes in the first pose, animated where they change. */
function drawProp(list, time) {
  const [p] = list;
  const anims = Object.keys(p.attrs).filter((k) => !same(list.map((q) => String(q.attrs[k]))))
    .map((k) => `<animate attributeName="${k}" values="${[...list, p].map((q) => q.attrs[k]).join(';')}" ${time}/>`);
  const attrs = Object.entries(p.attrs).map(([k, v]) => ` ${k}="${v}"`).join('');
  return anims.length ? `<${p.tag} class="${p.cls}"${attrs}>${anims.join('')}</${p.tag}>` : `<${p.tag} class="${p.cls}"${attrs}/>`;
}

/**
 * The SVG text for an exercise from its pose table entry: { poses: [start, end, …], keyTimes?,
 * repsPerCycle?, hold?: 'loop', loopSeconds? }. On its own the file plays one cycle every few seconds;
 * the app sets the session's tempo. The root carries what the app needs to time it: data-reps (reps in
 * one cycle), data-hold="loop" and data-loop-ms (a hold that keeps moving, like marching or breathing).
 * The description lives in the exercise's `alt`, not in the file.
 */
export function drawExercise(entry) {
  const { poses } = entry;
  const seconds = entry.hold === 'loop' ? entry.loopSeconds : 4 * (entry.repsPerCycle ?? 1);
  const trees = poses.map(bodyTree);
  const time = timing(poses.length, seconds, entry.keyTimes);
  const body = emptyBox();
  trees.forEach((tree) => addTree(body, tree));
  const props = poses.map((p, i) => propsOf(p, jointPoints(trees[i]), body));
  const byProp = props[0].map((_, i) => props.map((list) => list[i]));
  const attached = new Map(byProp.filter((list) => list[0].on).map((list) => [list[0].on, [list]]));
  const look = { faded: fadedParts(poses[0]), moving: new Set(poses[0].move ?? movingParts(trees)), attached };
  const box = [...body];
  props.flat().forEach((p) => { if (p.box) addBox(box, p.box); });
  if (!poses[0].top) addBox(box, [box[0], FLOOR, box[2], FLOOR + 1]);
  const vb = viewBoxOf(box);
  const floor = poses[0].top ? '' : `<path class="pl" d="M${vb.x} ${FLOOR + 1}h${vb.w}"/>`;
  const layer = (front) => byProp.filter((list) => !list[0].on && Boolean(list[0].front) === front)
    .map((list) => drawProp(list, time)).join('');
  const loop = (entry.repsPerCycle ? ` data-reps="${entry.repsPerCycle}"` : '')
    + (entry.hold === 'loop' ? ` data-hold="loop" data-loop-ms="${(entry.loopSeconds ?? seconds) * 1000}"` : '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vb.text}" class="fig"${loop}>`
    + `${floor}${layer(false)}${drawNode(trees, look, time)}${layer(true)}</svg>\n`;
}
