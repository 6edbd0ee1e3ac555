import { describe, expect, it } from 'vitest';
import type { AudioStatus } from '../../src/audio/audio-types';
import { playTestSound, runSoundCheck, type SoundCheckDeps } from '../../src/audio/sound-check';

/** A fake phone: whether the tap unlocks sound, what the status then is, and whether the audio clock moves. */
function phone(opts: { unlocks?: boolean; status?: AudioStatus; clockMoves?: boolean; allowed?: boolean; context?: boolean } = {}) {
  const played: string[] = [];
  const timers: (() => void)[] = [];
  let clock = 10;
  const deps: SoundCheckDeps = {
    unlock: async () => { played.push('unlock'); return opts.unlocks ?? true; },
    status: () => opts.status ?? 'ready',
    allowed: () => opts.allowed ?? true,
    clockSeconds: () => (opts.context === false ? undefined : clock),
    play: () => { played.push('chime and voice'); },
    setTimer: (fn) => { timers.push(() => { if (opts.clockMoves ?? true) clock += 0.4; fn(); }); },
  };
  // The watch timer fires once the promise chain reaches it (fake time: 400 ms pass when it runs).
  const settle = async () => { for (let i = 0; i < 10; i++) { await Promise.resolve(); timers.splice(0).forEach((fire) => fire()); } };
  return { deps, played, settle };
}

async function check(opts: Parameters<typeof phone>[0]) {
  const p = phone(opts);
  const result = runSoundCheck(p.deps);
  await p.settle();
  return { result: await result, played: p.played };
}

describe('Test sound: what the tap found', () => {
  it('unlocks sound as Start does, plays the chime and voice, and asks the person when the clock moved', async () => {
    expect(await check({})).toEqual({ result: 'played', played: ['unlock', 'chime and voice'] });
  });

  it('says the browser blocked it when the context would not start, and plays nothing', async () => {
    expect(await check({ unlocks: false, status: 'locked' })).toEqual({ result: 'blocked', played: ['unlock'] });
  });

  it('says the browser cannot play sound when the sound file or Web Audio is missing', async () => {
    expect((await check({ unlocks: false, status: 'unavailable' })).result).toBe('unsupported');
  });

  it('says no speaker took the sound when the context runs but its clock stands still', async () => {
    expect((await check({ clockMoves: false })).result).toBe('no-output');
  });

  it('says sound is off in Flarewise instead of playing, but still unlocks for the session to come', async () => {
    expect(await check({ allowed: false })).toEqual({ result: 'off-in-app', played: ['unlock'] });
  });
});

describe('the test sound goes through the session path', () => {
  const parts = (sessionHolds: boolean) => {
    const log: string[] = [];
    const timers: (() => void)[] = [];
    playTestSound({
      play: () => log.push('play'), held: () => sessionHolds, hold: (on) => log.push(on ? 'hold' : 'release'),
      setTimer: (fn) => timers.push(fn),
    });
    timers.forEach((fire) => fire());
    return log;
  };

  it('holds the media element while it plays, then lets it go', () => {
    expect(parts(false)).toEqual(['hold', 'play', 'release']);
  });

  it('leaves a playing session holding the element', () => {
    expect(parts(true)).toEqual(['play']);
  });
});
