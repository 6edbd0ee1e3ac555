import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { movement } from './clinical-fixtures';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import { planSession } from '../../src/engine/session/session-plan';
import { createCuePlayer } from '../../src/audio/cue-player';
import type { MediaOutput } from '../../src/audio/media-output';
import type { SpriteSound } from '../../src/audio/sprite-howl';
import { createPlayer } from '../../src/state/create-player';

// Every time here is on vitest's fake clock: the figures are where sounds land on a simulated audio clock, never how
// long anything took. The real measurement is bench/hidden-tab.mjs.
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
      const entry = { key, contextMs: atMs - (Date.now() - contextMs(Date.now())), cancelled: false };
      placed.push(entry);
      return { heardAt: atMs, cancel: () => { entry.cancelled = true; } };
    },
  };
  const context = {
    state: 'running',
    resume: () => Promise.resolve(),
    clockOffsetMs: () => Date.now() - contextMs(Date.now()),
    after: (ms: number, fn: () => void) => void setTimeout(fn, ms / rate),
  };
  /** Wall-clock moments (ms after Start) at which tones were really heard, up to now. */
  const heard = () => placed.filter((p) => !p.cancelled && !p.key.startsWith('voice-'))
    .map((p) => T0 + (p.contextMs - C0) / rate - T0).filter((at) => at <= Date.now() - T0).sort((a, b) => a - b);
  return { sound, context, heard, placedCount: () => placed.length };
}

/** A hidden tab's timers: each one wakes only at the next whole minute. */
const throttled = (fn: () => void, ms: number) => setTimeout(fn, Math.ceil((Date.now() + ms - T0) / MIN) * MIN + T0 - Date.now());

const output: MediaOutput = {
  attach: () => undefined, start: () => undefined, hold: () => undefined, setMode: () => undefined, routed: () => true,
  onInterrupted: () => () => undefined,
};

async function playHidden(rate: number, minutes: number) {
  const audio = driftingAudio(rate);
  const host = { emit: vi.fn(), vibrate: vi.fn(), speak: vi.fn(), onWake: () => () => undefined };
  const cues = createCuePlayer({
    makeHowl: () => audio.sound, context: () => audio.context, host, output,
    setTimer: throttled, clearTimer: (h) => clearTimeout(h as number),
  });
  cues.setPrefs({ sound: true, voice: false, volume: 1, vibration: false, speakNames: false });
  // What the engine handed out is the plan each sound is held to.
  const planned: number[] = [];
  const sink = { ...cues, schedule: (due: Parameters<typeof cues.schedule>[0], now: number) => {
    planned.push(...due.map((d) => d.at - T0));
    cues.schedule(due, now);
  } };
  const player = createPlayer({
    now: () => Date.now(), setInterval: (fn) => setInterval(fn, MIN), clearInterval: (h) => clearInterval(h as number),
    later: (fn, ms) => void throttled(fn, ms), cues: sink, checkpoint: () => undefined, finished: () => undefined,
  }, () => 'Routine', () => undefined);
  await cues.unlock();
  player.start(plan);
  vi.advanceTimersByTime(minutes * MIN);
  return { heard: audio.heard(), placedCount: audio.placedCount(), planned: planned.filter((at) => at <= minutes * MIN) };
}

beforeEach(() => { vi.useFakeTimers({ now: T0 }); });
afterEach(() => { vi.useRealTimers(); });

describe('cues on an audio clock that drifts from the wall clock, in a hidden tab', () => {
  it.each([
    ['runs 0.2 % slow', 0.998],
    ['runs 0.3 % fast', 1.003],
  ])('hears every cue within 20 ms of its plan when the clock %s and timers wake once a minute', async (_, rate) => {
    const { heard, planned } = await playHidden(rate, 6);
    // Each planned tone is matched with the sound heard nearest to it: none missing, none off by more than 20 ms.
    const off = planned.map((at) => Math.min(...heard.map((h) => Math.abs(h - at))));
    expect(Math.max(...off)).toBeLessThanOrEqual(20);
    expect(heard).toHaveLength(planned.length);
  });

  it('places each cue once while the audio clock keeps time with the wall clock', async () => {
    const { heard, placedCount, planned } = await playHidden(1, 6);
    expect(planned.length).toBeGreaterThan(100);
    expect(heard).toHaveLength(planned.length);
    expect(placedCount).toBe(planned.length);
  });
});
