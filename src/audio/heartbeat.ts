import type { AudioContextLike } from './sprite-howl';

/** What the heartbeat watches and whom it tells. */
export interface HeartbeatDeps {
  context: () => AudioContextLike | null;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** The audio clock stalled `slippedMs` behind the wall clock (a call, a suspended tab): place the cues again. */
  replace: (slippedMs: number) => void;
  /** The audio clock drifted a little from the wall clock since the cues were placed: place the coming ones again. */
  retime: () => void;
  /** Called every beat with the clock running: a chance to place what could not be placed before. */
  tend: () => void;
  /** The context is dead or interrupted and would not come back: the session must wait for a tap. */
  lost: () => void;
}

/** How often the clock is checked while a session plays. */
export const HEARTBEAT_MS = 1000;
// A clock that moved this far from where the cues were placed is re-placed: well inside the 20 ms a cue may be late.
export const DRIFT_LIMIT_MS = 5;
// A jump this large is a stall, not a drift: the sounds of that stretch would come late and are dropped.
const STALL_MS = 250;
// A resume that has not settled by then (iOS during a call) counts as refused.
const RESUME_WAIT_MS = 1500;

/**
 * Notices a context that stopped (a call, Siri, another app, a suspended tab): resumes it and has every cue
 * placed again on the moved clock, or reports it lost. A running clock that drifts from the wall clock (a hidden
 * Chromium tab's runs slow) has its coming cues re-placed once it has moved by DRIFT_LIMIT_MS since they were placed.
 * The beat is kept both by a timer and by the audio clock itself: a hidden tab may run timers once a minute only.
 */
export function makeHeartbeat(deps: HeartbeatDeps) {
  let handle: unknown = null;
  // The clock's offset when the cues now on it were placed: drift is measured from there, not from the last beat.
  let placedOffset: number | undefined;
  let checking = false;
  let beats = 0;
  // Only a context that ran in this session can be lost; one that never started is already shown as "tap to turn sound on".
  let ran = false;

  const offsetNow = () => deps.context()?.clockOffsetMs?.();
  const revive = (ctx: AudioContextLike) => {
    checking = true;
    let settled = false;
    const done = (ok: boolean) => {
      if (settled) return;
      settled = true;
      checking = false;
      if (ok && ctx.state === 'running') {
        const before = placedOffset;
        placedOffset = offsetNow();
        deps.replace(before === undefined || placedOffset === undefined ? Number.POSITIVE_INFINITY : placedOffset - before);
      } else if (ran) deps.lost();
    };
    deps.setTimer(() => done(false), RESUME_WAIT_MS);
    ctx.resume().then(() => done(true), () => done(false));
  };

  const check = () => {
    const ctx = deps.context();
    if (!ctx || checking) return;
    if (ctx.state !== 'running') return revive(ctx);
    ran = true;
    const offset = offsetNow();
    const moved = offset === undefined || placedOffset === undefined ? 0 : offset - placedOffset;
    if (Math.abs(moved) > STALL_MS) deps.replace(moved);
    else if (Math.abs(moved) > DRIFT_LIMIT_MS) deps.retime();
    else return deps.tend();
    placedOffset = offset;
  };

  // Each beat arms both a timer and the audio clock; whichever comes first beats, the other is ignored.
  const arm = () => {
    const beat = ++beats;
    const fire = () => {
      if (beat !== beats) return;
      check();
      arm();
    };
    if (handle !== null) deps.clearTimer(handle);
    handle = deps.setTimer(fire, HEARTBEAT_MS);
    deps.context()?.after?.(HEARTBEAT_MS, fire);
  };

  return {
    /** Checks now (the page came back) without waiting for the next beat. */
    check,
    /** Starts or stops the beat; starting takes the clock's present offset as the reference. */
    set(on: boolean) {
      beats += 1;
      if (handle !== null) deps.clearTimer(handle);
      handle = null;
      placedOffset = on ? offsetNow() : undefined;
      ran = on && deps.context()?.state === 'running';
      if (on) arm();
    },
  };
}
