import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { movement } from './clinical-fixtures';
import { simulatedNow } from './cue-player-fakes';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import { planSession } from '../../src/engine/session/session-plan';
import { createCuePlayer } from '../../src/audio/cue-player';
import type { MediaOutput } from '../../src/audio/media-output';
import type { SpriteSound } from '../../src/audio/sprite-howl';
import { createPlayer } from '../../src/state/create-player';

// Nothing here is timed: the wall clock is vitest's fake clock (simulatedNow), the audio clock is simulated (fakeAudio);
// every figure is where a sound was placed against where the plan puts it. Real timing lives in bench/hidden-tab.mjs.
const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);
const MIN = 60_000;

function exercise(id: string, dose: Dose): Exercise {
  return {
    id, name: `Exercise ${id}`, purpose: 'p', regions: ['hip'], category: 'mobility', position: 'lying', equipment: ['none'],
    dose, tiers: { green: dose }, movement: movement(), steps: ['a', 'b', 'c'], cues: ['go'], mistakes: ['m'], stopIf: ['s'],
    illustration: `illustrations/${id}.svg`, alt: 'a',
  };
}
// Eight exercises of 10 reps × 3 s, 15 s between them: about six minutes.
const dose: Dose = { sets: 1, reps: 10, repSeconds: 3, perSide: false, restSeconds: 0 };
const plan = planSession(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => ({ exercise: exercise(id, dose), dose })), { transitionSeconds: 15 });

/**
 * A fake audio clock: context time runs with the wall clock, shifted by `offsetMs` (the wall-clock moment of
 * context time 0). A stall (a phone call) moves the offset; a sound placed before it is then heard that much late.
 */
function fakeAudio() {
  const clock = { offsetMs: T0 - 5000, state: 'running', resumable: true, decoded: true };
  const placed: { key: string; contextMs: number; cancelled: boolean }[] = [];
  const sound: SpriteSound = {
    load: () => undefined, play: () => 0, stop: () => undefined, playing: () => false, volume: () => undefined,
    state: () => 'loaded', unload: () => undefined,
    on(event, fn) { if (event === 'load') queueMicrotask(() => fn(0)); },
    playAt(key, atMs) {
      if (!clock.decoded) return null;
      const entry = { key, contextMs: atMs - clock.offsetMs, cancelled: false };
      placed.push(entry);
      return { heardAt: atMs, cancel: () => { entry.cancelled = true; } };
    },
  };
  const context = {
    get state() { return clock.state; },
    resume: () => (clock.resumable ? ((clock.state = 'running'), Promise.resolve()) : Promise.reject(new Error('interrupted'))),
    clockOffsetMs: () => clock.offsetMs,
  };
  /** Tones placed and still to come on the simulated clock (not cancelled, not yet past), as positions after T0. */
  const heard = () => placed.filter((p) => !p.cancelled && !p.key.startsWith('voice-') && p.contextMs + clock.offsetMs > simulatedNow())
    .map((p) => ({ cue: p.key, at: p.contextMs + clock.offsetMs - T0 }));
  return { clock, sound, context, heard };
}

const output: MediaOutput = {
  attach: () => undefined, start: () => undefined, hold: () => undefined, setMode: () => undefined, routed: () => true, onInterrupted: () => () => undefined,
};

function setup() {
  const audio = fakeAudio();
  const host = { emit: vi.fn(), vibrate: vi.fn(), speak: vi.fn(), onWake: () => () => undefined };
  const cues = createCuePlayer({ now: simulatedNow, makeHowl: () => audio.sound, context: () => audio.context, host, output });
  cues.setPrefs({ sound: true, voice: false, volume: 1, vibration: false, speakNames: false });
  const player = createPlayer({
    now: simulatedNow, setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as number),
    later: (fn, ms) => void setTimeout(fn, ms), cues, checkpoint: () => undefined, finished: () => undefined,
  }, () => 'Routine', () => undefined);
  // As main.tsx wires it: sound taken away means the session waits.
  cues.onInterrupted(() => player.pause());
  return { audio, cues, player };
}

beforeEach(() => { vi.useFakeTimers({ now: T0 }); });
afterEach(() => { vi.useRealTimers(); });

describe('cues placed minutes ahead on the (simulated) audio clock', () => {
  it('places every cue of the next five minutes at its planned moment the moment Start is tapped, each once', async () => {
    const { cues, player, audio } = setup();
    await cues.unlock();
    player.start(plan);
    const heard = audio.heard();
    const keys = heard.map((h) => `${h.cue}@${h.at}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The 10 reps of the first exercise start after the lead-in (9.5 s: its words need the room), one every 3 s.
    expect(heard.filter((h) => h.cue === 'rep').slice(0, 3).map((h) => h.at)).toEqual([12_500, 15_500, 18_500]);
    expect(Math.max(...heard.map((h) => h.at))).toBeLessThanOrEqual(5 * MIN);
    expect(Math.max(...heard.map((h) => h.at))).toBeGreaterThan(4.5 * MIN);
    // Nothing of the sixth minute yet: it is placed as time goes on.
    vi.advanceTimersByTime(MIN);
    expect(Math.max(...audio.heard().map((h) => h.at))).toBeGreaterThan(5.5 * MIN);
  });

  it('takes back every placed sound on pause, and places them again on resume at their planned moments moved by the pause', async () => {
    const { cues, player, audio } = setup();
    await cues.unlock();
    player.start(plan);
    vi.advanceTimersByTime(10_000); // t = 10 s, mid first exercise
    const before = audio.heard().filter((h) => h.at < 4 * MIN);
    player.pause();
    expect(audio.heard()).toEqual([]);
    vi.advanceTimersByTime(MIN); // one minute paused
    expect(audio.heard()).toEqual([]);
    player.resume();
    const after = audio.heard();
    expect(after.filter((h) => h.at < 5 * MIN)).toEqual(before.map((h) => ({ ...h, at: h.at + MIN })));
  });

  it('on skip, places the next exercise at once and nothing of the one skipped', async () => {
    const { cues, player, audio } = setup();
    await cues.unlock();
    player.start(plan);
    vi.advanceTimersByTime(10_000); // t = 10 s: rep 1 of exercise a has played
    player.nextExercise();
    const heard = audio.heard();
    expect(heard[0]?.at).toBeGreaterThanOrEqual(10_000);
    // Exercise a had reps due at 11 s … 32 s: none of them is left on the clock.
    expect(heard.filter((h) => h.cue === 'rep' && h.at < 20_000)).toEqual([]);
    expect(heard.some((h) => h.cue === 'next-exercise' || h.cue === 'get-ready')).toBe(true);
  });

  it('on back, places the step gone back to from now on, and nothing twice', async () => {
    const { cues, player, audio } = setup();
    await cues.unlock();
    player.start(plan);
    vi.advanceTimersByTime(20_000); // t = 20 s, in the work of exercise a (9.5 s lead-in, then 30 s of reps)
    player.previousExercise(); // back to the start of exercise a: its "get ready": 9.5 s, then reps from 29.5 s
    const heard = audio.heard();
    const keys = heard.map((h) => `${h.cue}@${h.at}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(heard.filter((h) => h.cue === 'rep').slice(0, 2).map((h) => h.at)).toEqual([32_500, 35_500]);
  });
});

describe('the heartbeat', () => {
  it('places the cues handed out while the sound was still decoding as soon as it can', async () => {
    const { cues, player, audio } = setup();
    audio.clock.decoded = false;
    await cues.unlock();
    player.start(plan);
    expect(audio.heard()).toEqual([]);
    audio.clock.decoded = true;
    vi.advanceTimersByTime(2000); // the next heartbeat
    expect(audio.heard().filter((h) => h.cue === 'rep').length).toBeGreaterThan(50);
  });

  it('notices a simulated audio clock that stalled (a call, Siri) and places every cue again at its planned moment', async () => {
    const { cues, player, audio } = setup();
    await cues.unlock();
    player.start(plan);
    vi.advanceTimersByTime(10_000);
    const due = audio.heard();
    audio.clock.offsetMs += 3000; // the context stood still for 3 s: what was placed would now be 3 s late
    expect(audio.heard().map((h) => h.at)).toContain((due[0]?.at ?? 0) + 3000);
    vi.advanceTimersByTime(2000); // the next heartbeat
    const now = simulatedNow() - T0;
    const soon = (h: { at: number }) => h.at < 4 * MIN;
    expect(audio.heard().filter(soon)).toEqual(due.filter((h) => h.at > now && soon(h)));
  });

  it('resumes a context the system suspended and places the cues again', async () => {
    const { cues, player, audio } = setup();
    await cues.unlock();
    player.start(plan);
    const due = audio.heard();
    audio.clock.state = 'suspended'; // the system suspended it for a second
    audio.clock.offsetMs += 1000;
    vi.advanceTimersByTime(2000);
    await vi.waitFor(() => expect(audio.clock.state).toBe('running'));
    expect(player.state()?.status).toBe('playing');
    const soon = (h: { at: number }) => h.at < 4 * MIN;
    expect(audio.heard().filter(soon)).toEqual(due.filter((h) => h.at > 2000 && soon(h)));
  });

  it('pauses the session where it is and offers a tap when the context will not come back', async () => {
    const { cues, player, audio } = setup();
    await cues.unlock();
    player.start(plan);
    vi.advanceTimersByTime(10_000);
    audio.clock.state = 'interrupted';
    audio.clock.resumable = false;
    vi.advanceTimersByTime(2000);
    await vi.waitFor(() => expect(player.state()?.status).toBe('paused'));
    expect(cues.status()).toBe('locked');
    expect(audio.heard()).toEqual([]);
  });
});

describe('a context that never started (no sound device, sound blocked)', () => {
  it('keeps the session playing on screen and leaves the "tap to turn sound on" notice to the person', async () => {
    const { cues, player, audio } = setup();
    audio.clock.state = 'suspended';
    audio.clock.resumable = false;
    await cues.unlock();
    player.start(plan);
    vi.advanceTimersByTime(10_000);
    expect(player.state()?.status).toBe('playing');
    expect(cues.status()).toBe('locked');
  });
});
