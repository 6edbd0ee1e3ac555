import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { voiceDelayMs } from '../../src/audio/sprite';
import { fakeHowl, keys, setup, T0 } from './cue-player-fakes';

beforeEach(() => { vi.useFakeTimers({ now: T0 }); });
afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

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
