import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AudioHost } from '../../src/audio/browser-host';
import { createCuePlayer } from '../../src/audio/cue-player';
import { CUE_EVENT, type CueEventDetail } from '../../src/audio/audio-types';
import { voiceDelayMs } from '../../src/audio/sprite';
import { fakeContext, fakeHowl, keys, setup, T0 } from './cue-player-fakes';

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
