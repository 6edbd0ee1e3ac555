import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CueName } from '../../src/engine/session/cues';
import type { AudioHost } from '../../src/audio/browser-host';
import { createCuePlayer, type SoundPrefs } from '../../src/audio/cue-player';
import { CUE_EVENT, type CueEventDetail } from '../../src/audio/audio-types';
import type { AudioContextLike, SpriteSound } from '../../src/audio/sprite-howl';
import { voiceDelayMs } from '../../src/audio/sprite';
import type { MediaOutput } from '../../src/audio/media-output';

const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
const PREFS: SoundPrefs = { sound: true, voice: false, volume: 0.8, vibration: false, speakNames: true };

type Event = 'load' | 'loaderror' | 'playerror' | 'unlock';

/** A Howl stand-in that records what played and when (fake time). */
function fakeHowl(outcome: 'load' | 'loaderror' = 'load') {
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

function fakeContext(state = 'running') {
  const ctx = { state, resume: vi.fn(async () => { ctx.state = ctx.resumable ? 'running' : ctx.state; }), resumable: true };
  return ctx;
}

/** A media output that records what the cue player asked of it. */
function fakeOutput() {
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

function setup(options: { prefs?: Partial<SoundPrefs>; ctx?: ReturnType<typeof fakeContext>; outcome?: 'load' | 'loaderror' } = {}) {
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

const keys = (plays: { key: string }[]) => plays.map((p) => p.key);

beforeEach(() => { vi.useFakeTimers({ now: T0 }); });
afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

describe('cue timing', () => {
  it('plays a cue planned 1 s ahead at +1000 ms, not before', async () => {
    const { player, fake, events } = setup();
    await player.unlock();
    player.schedule([{ cue: 'start', at: T0 + 1000 }], T0);
    vi.advanceTimersByTime(999); // t = 999: still waiting
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1); // t = 1000: on the beat
    expect(keys(fake.plays)).toEqual(['start']);
    expect(events).toEqual([{ cue: 'start', plannedAt: T0 + 1000, firedAt: T0 + 1000, audible: true }]);
  });

  it('re-arms a timer that fires early instead of playing early', async () => {
    const events: CueEventDetail[] = [];
    const host: AudioHost = { emit: (d) => events.push(d), vibrate: () => {}, speak: () => {}, onWake: () => () => {} };
    // A timer that wakes 40 ms early, as coarse clocks do.
    const setTimer = (fn: () => void, ms: number) => setTimeout(fn, Math.max(0, ms - 40));
    const player = createCuePlayer({ host, setTimer, makeHowl: () => fakeHowl().howl, context: () => fakeContext() });
    player.schedule([{ cue: 'rep', at: T0 + 1000 }], T0);
    vi.advanceTimersByTime(960); // t = 960: the early wake-up re-arms
    expect(events).toEqual([]);
    vi.advanceTimersByTime(40); // t = 1000
    expect(events.map((e) => e.firedAt)).toEqual([T0 + 1000]);
  });

  it('drops a cue that is already more than 250 ms late, keeps one 200 ms late', async () => {
    const { player, fake, events } = setup();
    await player.unlock();
    player.schedule([{ cue: 'countdown-3', at: T0 - 300 }, { cue: 'countdown-2', at: T0 - 200 }], T0);
    vi.advanceTimersByTime(2000);
    expect(events.map((e) => e.cue)).toEqual(['countdown-2']);
    expect(keys(fake.plays)).toEqual(['countdown-2']);
  });

  it('drops a cue whose timer was throttled past the 250 ms limit', () => {
    const events: CueEventDetail[] = [];
    const host: AudioHost = { emit: (d) => events.push(d), vibrate: () => {}, speak: () => {}, onWake: () => () => {} };
    // A hidden tab's timer running 400 ms late.
    const setTimer = (fn: () => void, ms: number) => setTimeout(fn, ms + 400);
    const player = createCuePlayer({ host, setTimer, makeHowl: () => fakeHowl().howl, context: () => fakeContext() });
    player.schedule([{ cue: 'hold', at: T0 + 1000 }], T0);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
  });

  it('adds to the earlier schedule when scheduling again, each cue in time order', async () => {
    const { player, events } = setup();
    await player.unlock();
    player.schedule([{ cue: 'hold', at: T0 + 1000 }, { cue: 'release', at: T0 + 2000 }], T0);
    player.schedule([{ cue: 'rest', at: T0 + 1500 }], T0);
    vi.advanceTimersByTime(3000);
    expect(events.map((e) => e.cue)).toEqual(['hold', 'rest', 'release']);
  });

  it('cancel() stops pending cues and a spoken prompt still to come', async () => {
    const { player, fake, events } = setup({ prefs: { voice: true } });
    await player.unlock();
    player.schedule([{ cue: 'start', at: T0 }, { cue: 'hold', at: T0 + 3000 }], T0);
    vi.advanceTimersByTime(0); // t = 0: the start chime sounds, "Begin" is pending
    player.cancel();
    vi.advanceTimersByTime(5000);
    expect(keys(fake.plays)).toEqual(['start']);
    expect(events.map((e) => e.cue)).toEqual(['start']);
  });
});

describe('what is heard', () => {
  it('with sound off plays nothing but still tells the visual banner', async () => {
    const { player, fake, events } = setup({ prefs: { sound: false, voice: true } });
    await player.unlock();
    player.schedule([{ cue: 'switch-sides', at: T0 + 500 }], T0);
    vi.advanceTimersByTime(3000);
    expect(fake.plays).toEqual([]);
    expect(events).toEqual([{ cue: 'switch-sides', plannedAt: T0 + 500, firedAt: T0 + 500, audible: false }]);
  });

  it('with voice on says the spoken prompt right after the tone', async () => {
    const { player, fake } = setup({ prefs: { voice: true } });
    await player.unlock();
    player.schedule([{ cue: 'switch-sides', at: T0 + 1000 }], T0);
    vi.advanceTimersByTime(5000);
    expect(fake.plays).toEqual([
      { key: 'switch-sides', at: T0 + 1000 },
      { key: 'voice-switch-sides', at: T0 + 1000 + voiceDelayMs('switch-sides') },
    ]);
    expect(voiceDelayMs('switch-sides')).toBeGreaterThan(300);
  });

  it('keeps countdowns to a crisp tone even with voice on', async () => {
    const { player, fake } = setup({ prefs: { voice: true } });
    await player.unlock();
    player.schedule([{ cue: 'countdown-3', at: T0 }, { cue: 'countdown-2', at: T0 + 1000 }], T0);
    vi.advanceTimersByTime(3000);
    expect(keys(fake.plays)).toEqual(['countdown-3', 'countdown-2']);
  });

  it('with voice off plays the tone alone', async () => {
    const { player, fake } = setup();
    await player.unlock();
    player.schedule([{ cue: 'rest', at: T0 }], T0);
    vi.advanceTimersByTime(3000);
    expect(keys(fake.plays)).toEqual(['rest']);
  });

  it('vibrates each cue only when vibration is on', async () => {
    const on = setup({ prefs: { vibration: true } });
    on.player.schedule([{ cue: 'start', at: T0 }], T0);
    const off = setup();
    off.player.schedule([{ cue: 'start', at: T0 }], T0);
    vi.advanceTimersByTime(10);
    expect(on.vibrations).toEqual(['start']);
    expect(off.vibrations).toEqual([]);
  });

  it('speaks exercise names only when sound and speakNames are on', () => {
    const named = setup();
    named.player.speak('Knee rocks');
    const muted = setup({ prefs: { speakNames: false } });
    muted.player.speak('Knee rocks');
    expect(named.host.speak).toHaveBeenCalledWith('Knee rocks', 0.8);
    expect(muted.host.speak).not.toHaveBeenCalled();
  });

  it('dispatches flarewise:cue on window through the real browser host', () => {
    const target = new EventTarget();
    vi.stubGlobal('window', target);
    const seen: CueEventDetail[] = [];
    target.addEventListener(CUE_EVENT, (e) => seen.push((e as CustomEvent<CueEventDetail>).detail));
    const player = createCuePlayer({ makeHowl: () => fakeHowl().howl, context: () => fakeContext() });
    player.schedule([{ cue: 'well-done', at: T0 + 100 }], T0);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([{ cue: 'well-done', plannedAt: T0 + 100, firedAt: T0 + 100, audible: false }]);
  });
});

describe('unlock and status', () => {
  it('loads the sprite only on unlock and reports ready', async () => {
    const { player, makeHowl } = setup();
    expect(makeHowl).not.toHaveBeenCalled();
    expect(player.status()).toBe('idle');
    const statuses: string[] = [];
    player.onStatus((s) => statuses.push(s));
    await expect(player.unlock()).resolves.toBe(true);
    expect(statuses).toEqual(['ready']);
  });

  it('reports locked when the context stays suspended, and a second tap recovers', async () => {
    const ctx = fakeContext('suspended');
    ctx.resumable = false;
    const { player, fake, events } = setup({ ctx });
    await expect(player.unlock()).resolves.toBe(false);
    expect(player.status()).toBe('locked');
    player.schedule([{ cue: 'hold', at: T0 }], T0);
    vi.advanceTimersByTime(10);
    expect(fake.plays).toEqual([]); // a suspended context would play it late; it stays silent
    expect(events.map((e) => e.audible)).toEqual([false]);
    ctx.resumable = true;
    await expect(player.unlock()).resolves.toBe(true);
    expect(player.status()).toBe('ready');
  });

  it('reports unavailable when the sprite cannot load, after one retry', async () => {
    const { player, makeHowl } = setup({ outcome: 'loaderror' });
    await expect(player.unlock()).resolves.toBe(false);
    expect(makeHowl).toHaveBeenCalledTimes(2);
    expect(player.status()).toBe('unavailable');
  });

  it('reports unavailable without Web Audio', async () => {
    const player = createCuePlayer({ makeHowl: () => fakeHowl().howl, context: () => null });
    await expect(player.unlock()).resolves.toBe(false);
    expect(player.status()).toBe('unavailable');
  });

  it('reports locked when howler cannot start a sound', async () => {
    const { player, fake } = setup();
    await player.unlock();
    fake.emit('playerror');
    expect(player.status()).toBe('locked');
  });
});

describe('keep-alive', () => {
  it('starts the media element inside the tap itself, before anything is awaited', () => {
    const { player, media } = setup();
    void player.unlock();
    expect(media.calls).toEqual(['start']);
  });

  it('holds the media element while on and lets it go when off', async () => {
    const { player, media, wakes } = setup();
    await player.unlock();
    player.keepAlive(true);
    expect(media.calls.at(-1)).toBe('hold:true');
    expect(wakes).toHaveLength(1);
    player.keepAlive(false);
    expect(media.calls.at(-1)).toBe('hold:false');
    expect(wakes).toHaveLength(0);
  });

  it('resumes a suspended context when the page comes back', async () => {
    const ctx = fakeContext();
    const { player, wakes } = setup({ ctx });
    await player.unlock();
    player.keepAlive(true);
    ctx.state = 'suspended';
    wakes[0]?.();
    await vi.waitFor(() => expect(player.status()).toBe('ready'));
    expect(ctx.resume).toHaveBeenCalled();
  });

  it('offers a tap to resume the sound when another app interrupts it, and tells the session', async () => {
    const { player, media } = setup();
    const told = vi.fn();
    player.onInterrupted(told);
    await player.unlock();
    player.keepAlive(true);
    media.interrupt();
    expect(player.status()).toBe('locked');
    expect(told).toHaveBeenCalledTimes(1);
  });
});

describe('scheduling on the audio clock', () => {
  /** Adds playAt to the fake Howl: it records what was placed on the audio clock and what was cancelled. */
  function withAudioClock(fake: ReturnType<typeof fakeHowl>) {
    const placed: { key: string; at: number; cancelled: boolean }[] = [];
    fake.howl.playAt = (key, at) => {
      const entry = { key, at, cancelled: false };
      placed.push(entry);
      return { heardAt: at, cancel: () => { entry.cancelled = true; } };
    };
    return placed;
  }

  it('places a cue and its spoken prompt on the audio clock as soon as it is handed out', async () => {
    const { player, fake, events } = setup({ prefs: { voice: true } });
    const placed = withAudioClock(fake);
    await player.unlock();
    player.schedule([{ cue: 'switch-sides', at: T0 + 1000 }], T0);
    expect(placed.map((p) => [p.key, p.at])).toEqual([
      ['switch-sides', T0 + 1000], ['voice-switch-sides', T0 + 1000 + voiceDelayMs('switch-sides')],
    ]);
    vi.advanceTimersByTime(3000);
    // The timer only shows and vibrates: the sound was already placed, so nothing plays twice.
    expect(keys(fake.plays)).toEqual([]);
    expect(events).toEqual([{ cue: 'switch-sides', plannedAt: T0 + 1000, firedAt: T0 + 1000, audible: true, heardAt: T0 + 1000 }]);
  });

  it('cancel() takes back sounds already placed on the audio clock', async () => {
    const { player, fake } = setup();
    const placed = withAudioClock(fake);
    await player.unlock();
    player.schedule([{ cue: 'rest', at: T0 + 1000 }], T0);
    player.cancel();
    expect(placed.map((p) => p.cancelled)).toEqual([true]);
  });

  it('falls back to playing by timer when the audio clock cannot take the cue', async () => {
    const { player, fake } = setup();
    fake.howl.playAt = () => null;
    await player.unlock();
    player.schedule([{ cue: 'hold', at: T0 + 500 }], T0);
    vi.advanceTimersByTime(500);
    expect(keys(fake.plays)).toEqual(['hold']);
  });
});

describe('prepare (at idle, before any tap)', () => {
  it('loads the sprite ahead, so the Start tap only resumes the context', async () => {
    const ctx = fakeContext('suspended');
    const { player, makeHowl } = setup({ ctx });
    player.prepare();
    expect(makeHowl).toHaveBeenCalledTimes(1);
    expect(ctx.resume).not.toHaveBeenCalled();
    await expect(player.unlock()).resolves.toBe(true);
    expect(makeHowl).toHaveBeenCalledTimes(1);
    expect(player.status()).toBe('ready');
  });
});
