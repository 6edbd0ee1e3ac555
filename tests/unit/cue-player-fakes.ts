/** Fakes for the cue player's tests: a Howl, an AudioContext, a media output and a player wired to them. */
import { vi } from 'vitest';
import type { CueName } from '../../src/engine/session/cues';
import type { AudioHost } from '../../src/audio/browser-host';
import { createCuePlayer, type SoundPrefs } from '../../src/audio/cue-player';
import type { CueEventDetail } from '../../src/audio/audio-types';
import type { AudioContextLike, SpriteSound } from '../../src/audio/sprite-howl';
import type { MediaOutput } from '../../src/audio/media-output';

/** The fake clock's start: 08:00 UTC on a session day. */
export const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
/** Sound on, voice off, names spoken: what each test starts from. */
export const PREFS: SoundPrefs = { sound: true, voice: false, volume: 0.8, vibration: false, speakNames: true };

type Event = 'load' | 'loaderror' | 'playerror' | 'unlock';

/** A Howl stand-in that records what played and when (fake time). */
export function fakeHowl(outcome: 'load' | 'loaderror' = 'load') {
  const plays: { key: string; at: number }[] = [];
  const handlers: Partial<Record<Event, ((id: number) => void)[]>> = {};
  const looping = new Set<number>();
  let state: 'unloaded' | 'loading' | 'loaded' = 'unloaded';
  let nextId = 1;
  const emit = (event: Event) => handlers[event]?.forEach((fn) => fn(0));
  const howl: SpriteSound = {
    load() {
      state = 'loading';
      queueMicrotask(() => {
        if (outcome === 'load') state = 'loaded';
        emit(outcome);
      });
    },
    play(key) {
      plays.push({ key, at: Date.now() });
      const id = nextId++;
      if (key === 'silence') looping.add(id);
      return id;
    },
    stop: (id) => id !== undefined && looping.delete(id),
    playing: (id) => id !== undefined && looping.has(id),
    volume: () => howl,
    state: () => state,
    on(event, fn) { (handlers[event] ??= []).push(fn); },
    unload: () => null,
  };
  return { howl, plays, looping, emit };
}

/** An AudioContext stand-in whose resume() works only while `resumable`. */
export function fakeContext(state = 'running') {
  const ctx = { state, resume: vi.fn(async () => { ctx.state = ctx.resumable ? 'running' : ctx.state; }), resumable: true };
  return ctx;
}

/** A media output that records what the cue player asked of it. */
export function fakeOutput() {
  const calls: string[] = [];
  const interrupted = new Set<() => void>();
  const output: MediaOutput = {
    attach: () => undefined,
    start: () => { calls.push('start'); },
    hold: (on) => { calls.push(`hold:${on}`); },
    setMode: () => undefined,
    routed: () => true,
    onInterrupted: (fn) => { interrupted.add(fn); return () => interrupted.delete(fn); },
  };
  return { output, calls, interrupt: () => interrupted.forEach((fn) => fn()) };
}

/** A cue player wired to fakes, with the records of what it emitted, vibrated and asked to wake on. */
export function setup(options: { prefs?: Partial<SoundPrefs>; ctx?: ReturnType<typeof fakeContext>; outcome?: 'load' | 'loaderror' } = {}) {
  const fake = fakeHowl(options.outcome);
  const ctx = options.ctx ?? fakeContext();
  const events: CueEventDetail[] = [];
  const vibrations: CueName[] = [];
  const wakes: (() => void)[] = [];
  const host: AudioHost = {
    emit: (detail) => events.push(detail),
    vibrate: (cue) => vibrations.push(cue),
    speak: vi.fn(),
    onWake: (listener) => { wakes.push(listener); return () => wakes.splice(wakes.indexOf(listener), 1); },
  };
  const makeHowl = vi.fn(() => fake.howl);
  const media = fakeOutput();
  const player = createCuePlayer({ makeHowl, context: (): AudioContextLike => ctx, host, output: media.output });
  player.setPrefs({ ...PREFS, ...options.prefs });
  return { player, fake, ctx, events, vibrations, wakes, host, makeHowl, media };
}

/** The sprite keys played, in order. */
export const keys = (plays: { key: string }[]) => plays.map((p) => p.key);

/**
 * "Now" on the simulated clock: vitest's fake timers (vi.useFakeTimers), which these tests advance by hand. Nothing
 * measured with it is a timing: it is a position in the plan, the same on any machine however busy.
 */
export function simulatedNow(): number {
  const now = vi.getMockedSystemTime();
  if (!now) throw new Error('Only for tests on vitest fake timers: call vi.useFakeTimers() first.');
  return now.getTime();
}
