/**
 * Demonstration: the exercise's figure moving in time with the session (SMIL inside the SVG, no
 * animation loop in JavaScript). The figure fills this element's box, keeping its proportions; the
 * caller sizes it.
 *
 *   <Demonstration src={app.illustrationUrl(exercise)} alt={exercise.alt}
 *     phase="rep" repMs={step.repMs} paused={paused()} elapsedMs={view.elapsedMs} phaseKey={stepIndex} side={step.side} />
 *
 * - `phase`: 'rep' plays one cycle per rep at `repMs` (an alternating exercise, like marching, covers
 *   two reps per cycle); 'hold' moves into the end pose and stays there (holds that keep moving, like
 *   marching on the spot or breathing, keep moving at their own pace); 'release' goes back to the
 *   start pose; 'rest' shows the start pose still; 'still' shows the end pose over a faint start pose;
 *   'preview' plays the whole movement over and over (at `repMs`, or the figure's own pace).
 * - `paused` freezes the figure where it is. `elapsedMs` is how far the phase has run: it is read when
 *   a phase starts and on resume, so the figure matches the count after a pause or a reload.
 * - `phaseKey` is any value that changes when a new phase begins (the step index), to restart it.
 * - `side: 'right'` mirrors the figure. `still`: what reduced motion shows instead of movement, the end
 *   pose ('end', the default) or both poses side by side ('pair'). Under reduced motion nothing moves.
 */
import { createEffect, createMemo, createSignal, onCleanup, untrack } from 'solid-js';
import { createFigure } from './create-figure';
import { figureTiming, ghostedFigure, movingFigure, pairedFigure, stillFigure, type Motion } from './figure-frames';
import '../styles/figure.css';

/** What the session is doing, as far as the figure is concerned. */
export type DemonstrationPhase = 'rep' | 'hold' | 'release' | 'rest' | 'still' | 'preview';

interface DemonstrationProps {
  src: string | undefined;
  alt: string;
  phase: DemonstrationPhase;
  repMs?: number | undefined;
  paused?: boolean;
  elapsedMs?: number;
  phaseKey?: unknown;
  side?: 'left' | 'right' | undefined;
  still?: 'end' | 'pair';
}

/** How long a hold takes to move into position, and a release to move out of it. */
const MOVE_MS = 1200;
/** The pace of a preview when no tempo is given. */
const PREVIEW_MS = 4000;

/** The movement for a phase, or the still pose to show instead. */
function motionFor(figure: SVGSVGElement, phase: DemonstrationPhase, repMs: number | undefined): Motion | 'start' | 'end' {
  const { repsPerCycle, loopMs, poses } = figureTiming(figure);
  switch (phase) {
    case 'rep': return repMs ? { kind: 'cycle', cycleMs: repMs * repsPerCycle } : 'end';
    case 'preview': return { kind: 'cycle', cycleMs: loopMs ?? (repMs ?? PREVIEW_MS) * repsPerCycle };
    case 'hold': return loopMs ? { kind: 'cycle', cycleMs: loopMs } : { kind: 'to-end', moveMs: MOVE_MS };
    // Going back through a cycle of more than two poses would pass the other side: just show the start.
    case 'release': return loopMs || poses > 2 ? 'start' : { kind: 'to-start', moveMs: MOVE_MS };
    case 'rest': return 'start';
    case 'still': return 'end';
  }
}

/** True while the person asks for reduced motion (followed live). */
function createReducedMotion(): () => boolean {
  const query = window.matchMedia('(prefers-reduced-motion: reduce)');
  const [reduced, setReduced] = createSignal(query.matches);
  const update = () => setReduced(query.matches);
  query.addEventListener('change', update);
  onCleanup(() => query.removeEventListener('change', update));
  return reduced;
}

/** The exercise's figure, moving with the session's phase and tempo. */
export function Demonstration(props: DemonstrationProps) {
  const { figure } = createFigure(() => props.src);
  const reduced = createReducedMotion();
  // Memos: the player's props are recomputed every tick, but the figure changes only with the phase.
  const phase = createMemo(() => props.phase);
  const repMs = createMemo(() => props.repMs);
  const phaseKey = createMemo(() => props.phaseKey);
  const paused = createMemo(() => Boolean(props.paused));
  let host!: HTMLDivElement;
  let moving: SVGSVGElement | null = null;

  // Sets the figure's clock to the session's and pauses or plays it.
  const sync = () => {
    if (!moving) return;
    moving.setCurrentTime((props.elapsedMs ?? 0) / 1000);
    if (props.paused) moving.pauseAnimations();
    else moving.unpauseAnimations();
  };

  createEffect(() => {
    const template = figure();
    moving = null;
    if (!template) return host.replaceChildren(); // no figure from another exercise while this one loads
    phaseKey(); // a new phase restarts the movement
    const motion = reduced() ? (phase() === 'rest' || phase() === 'release' ? 'start' : 'end') : motionFor(template, phase(), repMs());
    if (typeof motion === 'string') {
      host.replaceChildren(motion === 'start' ? stillFigure(template, 'start') : props.still === 'pair' ? pairedFigure(template) : ghostedFigure(template));
      return;
    }
    moving = movingFigure(template, motion);
    host.replaceChildren(moving);
    untrack(sync);
  });
  createEffect(() => {
    paused();
    untrack(sync);
  });

  return <div ref={host} class="figure demonstration" classList={{ mirrored: props.side === 'right' }} role="img" aria-label={props.alt} />;
}
