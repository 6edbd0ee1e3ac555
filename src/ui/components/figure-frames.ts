/**
 * Exercise figures as live SVG: each file (drawn by scripts/draw-illustrations.mjs) holds the figure in
 * its start pose with SMIL animations that turn its joints through the other poses, one cycle per rep.
 * These helpers load a file once and hand out prepared copies: still frames (start, end, both) or a copy
 * whose animations are timed for one phase of the session. They are inserted as inline SVG (not <img>)
 * so the figure takes the theme's colours from styles/figure.css; the files hold no style attributes.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const ANIMATIONS = 'animate, animateTransform';
const cache = new Map<string, Promise<SVGSVGElement>>();

/** How the figure should move for a phase: round and round, into the end pose, or back to the start. */
export type Motion =
  | { kind: 'cycle'; cycleMs: number }
  | { kind: 'to-end'; moveMs: number }
  | { kind: 'to-start'; moveMs: number };

/** The figure file at `url`, fetched and parsed once (later calls share it). */
export function loadFigure(url: string): Promise<SVGSVGElement> {
  let figure = cache.get(url);
  if (!figure) {
    figure = fetch(url).then((response) => response.text()).then(parseFigure);
    figure.catch(() => cache.delete(url)); // a failed load is tried again next time
    cache.set(url, figure);
  }
  return figure;
}

function parseFigure(text: string): SVGSVGElement {
  const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  if (!(root instanceof SVGSVGElement)) throw new Error('Not an SVG figure');
  root.setAttribute('aria-hidden', 'true'); // the host element carries the exercise's alt text
  return root;
}

/** Numbers about a figure's cycle: reps per cycle, when the end pose is reached (0..1), and its own loop for holds. */
export function figureTiming(figure: SVGSVGElement): { repsPerCycle: number; endAt: number; loopMs: number | null; poses: number } {
  const keyTimes = (figure.querySelector(ANIMATIONS)?.getAttribute('keyTimes') ?? '0;0.5;1').split(';').map(Number);
  const loop = figure.dataset['hold'] === 'loop' ? Number(figure.dataset['loopMs']) : null;
  return { repsPerCycle: Number(figure.dataset['reps'] ?? 1), endAt: keyTimes[1] ?? 0.5, loopMs: loop, poses: keyTimes.length - 1 };
}

/** A copy of the figure frozen in its start or end pose, with no animation left in it. */
export function stillFigure(figure: SVGSVGElement, pose: 'start' | 'end'): SVGSVGElement {
  const copy = figure.cloneNode(true) as SVGSVGElement;
  for (const animation of copy.querySelectorAll(ANIMATIONS)) {
    if (pose === 'end') holdEndValue(animation);
    animation.remove();
  }
  return copy;
}

/** Writes an animation's end-pose value (its second key value) onto the element it animates. */
function holdEndValue(animation: Element): void {
  const target = animation.parentElement;
  const value = animation.getAttribute('values')?.split(';')[1];
  const name = animation.getAttribute('attributeName');
  if (!target || value === undefined || !name) return;
  if (animation.localName !== 'animateTransform') return target.setAttribute(name, value);
  const step = `${animation.getAttribute('type')}(${value})`;
  const base = target.getAttribute('transform') ?? '';
  target.setAttribute('transform', animation.getAttribute('additive') === 'sum' ? `${base} ${step}`.trim() : step);
}

/** The end pose drawn over a faint copy of the start pose, so a still picture still shows the movement. */
export function ghostedFigure(figure: SVGSVGElement): SVGSVGElement {
  const end = stillFigure(figure, 'end');
  const body = stillFigure(figure, 'start').querySelector(':scope > g'); // the figure without its props
  if (!body) return end;
  body.classList.add('ghost');
  end.insertBefore(body, end.querySelector(':scope > g'));
  return end;
}

/** Start and end poses side by side with an arrow between, as one picture. */
export function pairedFigure(figure: SVGSVGElement): SVGSVGElement {
  const [x, y, w, h] = (figure.getAttribute('viewBox') ?? '0 0 120 90').split(' ').map(Number) as [number, number, number, number];
  const gap = Math.max(10, w * 0.12);
  const pair = document.createElementNS(SVG_NS, 'svg');
  pair.setAttribute('viewBox', `0 0 ${2 * w + gap} ${h}`);
  pair.setAttribute('aria-hidden', 'true');
  pair.setAttribute('class', figure.getAttribute('class') ?? '');
  (['start', 'end'] as const).forEach((pose, i) => {
    const frame = stillFigure(figure, pose);
    frame.setAttribute('x', String(i * (w + gap)));
    frame.setAttribute('width', String(w));
    frame.setAttribute('height', String(h));
    frame.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
    pair.append(frame);
  });
  const arrow = document.createElementNS(SVG_NS, 'path');
  const mid = w + gap / 2, size = gap / 4;
  arrow.setAttribute('d', `M${mid - size} ${h / 2 - size}l${size} ${size}l${-size} ${size}`);
  arrow.setAttribute('class', 'arrow');
  pair.append(arrow);
  return pair;
}

/** A copy of the figure whose animations are timed for one phase. */
export function movingFigure(figure: SVGSVGElement, motion: Motion): SVGSVGElement {
  const copy = figure.cloneNode(true) as SVGSVGElement;
  const { endAt } = figureTiming(figure);
  const seconds = (ms: number) => `${Math.max(ms, 1) / 1000}s`;
  for (const animation of copy.querySelectorAll(ANIMATIONS)) {
    if (motion.kind === 'cycle') {
      animation.setAttribute('dur', seconds(motion.cycleMs));
      animation.setAttribute('repeatCount', 'indefinite');
      continue;
    }
    // Play the part of the cycle from the start pose to the end pose (or from the end back to the start), then stay.
    const toEnd = motion.kind === 'to-end';
    const cycleMs = motion.moveMs / (toEnd ? endAt : 1 - endAt);
    animation.setAttribute('dur', seconds(cycleMs));
    animation.setAttribute('repeatCount', toEnd ? String(endAt) : '1');
    animation.setAttribute('begin', toEnd ? '0s' : `-${seconds(cycleMs * endAt)}`);
    animation.setAttribute('fill', 'freeze');
  }
  return copy;
}
