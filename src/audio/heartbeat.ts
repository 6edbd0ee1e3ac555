import type { AudioContextLike } from './sprite-howl';

/** What the heartbeat watches and whom it tells. */
export interface HeartbeatDeps {
  context: () => AudioContextLike | null;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** The audio clock slipped `slippedMs` behind the wall clock (it stalled): place the cues again. */
  replace: (slippedMs: number) => void;
  /** Called every beat with the clock running: a chance to place what could not be placed before. */
  tend: () => void;
  /** The context is dead or interrupted and would not come back: the session must wait for a tap. */
  lost: () => void;
}

/** How often the clock is checked while a session plays (a hidden tab may stretch this to a minute). */
export const HEARTBEAT_MS = 2000;
// Sounds placed on a clock that moved by more than this against the wall would be heard noticeably off time.
const DRIFT_LIMIT_MS = 40;
// A resume that has not settled by then (iOS during a call) counts as refused.
const RESUME_WAIT_MS = 1500;

/**
 * Notices a context that stopped (a call, Siri, another app, a suspended tab): resumes it and has every cue
 * placed again on the moved clock, or reports it lost. A running context whose clock slipped is re-placed too.
 */
export function makeHeartbeat(deps: HeartbeatDeps) {
  let handle: unknown = null;
  let lastOffset: number | undefined;
  let checking = false;
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
        const before = lastOffset;
        lastOffset = offsetNow();
        deps.replace(before === undefined || lastOffset === undefined ? Number.POSITIVE_INFINITY : lastOffset - before);
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
    if (offset !== undefined && lastOffset !== undefined && Math.abs(offset - lastOffset) > DRIFT_LIMIT_MS) deps.replace(offset - lastOffset);
    else deps.tend();
    lastOffset = offset;
  };

  const beat = () => {
    check();
    handle = deps.setTimer(beat, HEARTBEAT_MS);
  };

  return {
    /** Checks now (the page came back) without waiting for the next beat. */
    check,
    /** Starts or stops the beat; starting takes the clock's present offset as the reference. */
    set(on: boolean) {
      if (handle !== null) deps.clearTimer(handle);
      handle = null;
      lastOffset = on ? offsetNow() : undefined;
      ran = on && deps.context()?.state === 'running';
      if (on) handle = deps.setTimer(beat, HEARTBEAT_MS);
    },
  };
}
