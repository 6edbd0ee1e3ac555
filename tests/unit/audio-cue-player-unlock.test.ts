import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCuePlayer } from '../../src/audio/cue-player';
import { fakeContext, fakeHowl, setup, T0 } from './cue-player-fakes';

beforeEach(() => { vi.useFakeTimers({ now: T0 }); });
afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

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
