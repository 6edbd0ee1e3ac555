import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { movement } from './clinical-fixtures';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import { planSession } from '../../src/engine/session/session-plan';
import { createCuePlayer } from '../../src/audio/cue-player';
import type { MediaOutput } from '../../src/audio/media-output';
import type { SpriteSound } from '../../src/audio/sprite-howl';
import { createPlayer } from '../../src/state/create-player';
import { simulatedNow } from './cue-player-fakes';

// Nothing here is timed. The wall clock is vitest's fake clock (read with simulatedNow) and the audio clock is
// simulated (driftingAudio): every figure is where a sound lands on that simulated clock against where the plan puts
// it, never how long anything took. The real measurement is bench/hidden-tab.mjs.

/**
 * How far from its planned moment a sound may land on the simulated, drifting audio clock: the 20 ms target
 * for what a person hears. The heartbeat re-places coming cues once the clock has drifted 5 ms (src/audio/heartbeat.ts).
 */
const SIMULATED_TOLERANCE_MS = 20;
const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);
const MIN = 60_000;

function exercise(id: string, dose: Dose): Exercise {
  return {
    id, name: `Exercise ${id}`, purpose: 'p', regions: ['hip'], category: 'mobility', position: 'lying', equipment: ['none'],
    dose, tiers: { green: dose }, movement: movement(), steps: ['a'], cues: ['go'], mistakes: ['m'], stopIf: ['s'],
    illustration: `illustrations/${id}.svg`, alt: 'a',
  };
}
const dose: Dose = { sets: 1, reps: 10, repSeconds: 3, perSide: false, restSeconds: 0 };
const plan = planSession(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => ({ exercise: exercise(id, dose), dose })), { transitionSeconds: 15 });

/**
 * An audio clock that runs at `rate` against the wall clock (a hidden Chromium tab's runs 0.1–0.3 % slow). Context
 * time c (ms) is heard at wall time T0 + (c - C0) / rate. The page only sees it through clockOffsetMs, as a browser
 * reports it (getOutputTimestamp), and through `after`, an event of the audio clock.
 */
function driftingAudio(rate: number) {
  const C0 = 5000;
  const contextMs = (wall: number) => C0 + (wall - T0) * rate;
  const placed: { key: string; contextMs: number; cancelled: boolean }[] = [];
  const sound: SpriteSound = {
    load: () => undefined, play: () => 0, stop: () => undefined, playing: () => false, volume: () => undefined,
    state: () => 'loaded', unload: () => undefined,
    on(event, fn) { if (event === 'load') queueMicrotask(() => fn(0)); },
    playAt(key, atMs) {
      // Placed as the app does: the wall-clock moment turned into context time with the offset seen now.
      const entry = { key, contextMs: atMs - (simulatedNow() - contextMs(simulatedNow())), cancelled: false };
      placed.push(entry);
      return { heardAt: atMs, cancel: () => { entry.cancelled = true; } };
    },
  };
  const context = {
    state: 'running',
    resume: () => Promise.resolve(),
    clockOffsetMs: () => simulatedNow() - contextMs(simulatedNow()),
    after: (ms: number, fn: () => void) => void setTimeout(fn, ms / rate),
  };
  /** Where (ms after Start, on the simulated wall clock) the tones placed so far sound, up to now. */
  const heard = () => placed.filter((p) => !p.cancelled && !p.key.startsWith('voice-'))
    .map((p) => T0 + (p.contextMs - C0) / rate - T0).filter((at) => at <= simulatedNow() - T0).sort((a, b) => a - b);
  return { sound, context, heard, placedCount: () => placed.length };
}

/** A hidden tab's timers: each one wakes only at the next whole minute. */
const throttled = (fn: () => void, ms: number) => setTimeout(fn, Math.ceil((simulatedNow() + ms - T0) / MIN) * MIN + T0 - simulatedNow());

const output: MediaOutput = {
  attach: () => undefined, start: () => undefined, hold: () => undefined, setMode: () => undefined, routed: () => true,
  onInterrupted: () => () => undefined,
};

async function playHidden(rate: number, minutes: number) {
  const audio = driftingAudio(rate);
  const host = { emit: vi.fn(), vibrate: vi.fn(), speak: vi.fn(), onWake: () => () => undefined };
  const cues = createCuePlayer({
    makeHowl: () => audio.sound, context: () => audio.context, host, output,
    now: simulatedNow, setTimer: throttled, clearTimer: (h) => clearTimeout(h as number),
  });
  cues.setPrefs({ sound: true, voice: false, volume: 1, vibration: false, speakNames: false });
  // What the engine handed out is the plan each sound is held to.
  const planned: number[] = [];
  const sink = { ...cues, schedule: (due: Parameters<typeof cues.schedule>[0], now: number) => {
    planned.push(...due.map((d) => d.at - T0));
    cues.schedule(due, now);
  } };
  const player = createPlayer({
    now: simulatedNow, setInterval: (fn) => setInterval(fn, MIN), clearInterval: (h) => clearInterval(h as number),
    later: (fn, ms) => void throttled(fn, ms), cues: sink, checkpoint: () => undefined, finished: () => undefined,
  }, () => 'Routine', () => undefined);
  await cues.unlock();
  player.start(plan);
  vi.advanceTimersByTime(minutes * MIN);
  return { heard: audio.heard(), placedCount: audio.placedCount(), planned: planned.filter((at) => at <= minutes * MIN) };
}

beforeEach(() => { vi.useFakeTimers({ now: T0 }); });
afterEach(() => { vi.useRealTimers(); });

describe('cues on a simulated audio clock that drifts from the wall clock, in a hidden tab', () => {
  it.each([
    ['runs 0.2 % slow', 0.998],
    ['runs 0.3 % fast', 1.003],
  ])('places every cue at its planned moment on the simulated audio clock when it %s and timers wake once a minute', async (_, rate) => {
    const { heard, planned } = await playHidden(rate, 6);
    // Each planned tone is matched with the placed sound nearest to it: none missing, each at its planned position.
    const off = planned.map((at) => Math.min(...heard.map((h) => Math.abs(h - at))));
    for (const offBy of off) expect(offBy).toBeLessThanOrEqual(SIMULATED_TOLERANCE_MS);
    expect(heard).toHaveLength(planned.length);
  });

  it('places each cue once, at its planned moment, while the simulated audio clock keeps time with the wall clock', async () => {
    const { heard, placedCount, planned } = await playHidden(1, 6);
    expect(planned.length).toBeGreaterThan(100);
    // With no drift each sound sits exactly where the plan puts it.
    expect(heard).toEqual([...planned].sort((x, y) => x - y));
    expect(placedCount).toBe(planned.length);
  });
});
