import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { voiceDelayMs } from '../../src/audio/sprite';
import { live, setupSpeech } from './audio-speech-fakes';

// Every time here is on vitest's fake clock: where sounds sit on the (fake) audio clock, never how long anything took.
const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);
const LENGTHS = { 'part-cool-down': 800, 'voice-get-ready': 900, 'voice-switch-sides': 1100, 'voice-breathe-out': 700, 'name-cat-cow': 1500, 'side-left': 1000, 'side-right': 1000 };

beforeEach(() => { vi.useFakeTimers({ now: T0 }); });
afterEach(() => { vi.useRealTimers(); });

describe('spoken words on the audio clock', () => {
  it('says the prompt, the exercise\'s name and the side one after the other, right after the cue\'s tone', async () => {
    const { player, tones, words } = setupSpeech(LENGTHS);
    words.decodeNow();
    await player.unlock();
    player.schedule([{ cue: 'get-ready', at: T0 + 1000, exerciseId: 'cat-cow', side: 'left' }], T0);
    const prompt = 1000 + voiceDelayMs('get-ready');
    expect(live(tones, T0)).toEqual([['get-ready', 1000]]);
    expect(live(words.placed, T0)).toEqual([['voice-get-ready', prompt], ['name-cat-cow', prompt + 900], ['side-left', prompt + 900 + 1500]]);
  });

  it('names the part of the routine an exercise opens between the prompt and its name', async () => {
    const { player, words } = setupSpeech(LENGTHS);
    words.decodeNow();
    await player.unlock();
    player.schedule([{ cue: 'get-ready', at: T0 + 1000, exerciseId: 'cat-cow', part: 'cool-down' }], T0);
    const prompt = 1000 + voiceDelayMs('get-ready');
    expect(live(words.placed, T0)).toEqual([['voice-get-ready', prompt], ['part-cool-down', prompt + 900], ['name-cat-cow', prompt + 900 + 800]]);
  });

  it('says the side after "Switch sides", and the breath pacer\'s words on their own moment with no tone', async () => {
    const { player, tones, words } = setupSpeech(LENGTHS);
    words.decodeNow();
    await player.unlock();
    player.schedule([{ cue: 'switch-sides', at: T0 + 1000, side: 'right' }, { cue: 'breathe-out', at: T0 + 9000 }], T0);
    const prompt = 1000 + voiceDelayMs('switch-sides');
    expect(live(tones, T0)).toEqual([['switch-sides', 1000]]);
    expect(live(words.placed, T0)).toEqual([['voice-switch-sides', prompt], ['side-right', prompt + 1100], ['voice-breathe-out', 9000]]);
  });

  it('takes the words back with their cue and places them again at the new moment', async () => {
    const { player, words } = setupSpeech(LENGTHS);
    words.decodeNow();
    await player.unlock();
    player.schedule([{ cue: 'get-ready', at: T0 + 1000, exerciseId: 'cat-cow' }], T0);
    player.cancel(); // pause, skip or back
    expect(live(words.placed, T0)).toEqual([]);
    vi.advanceTimersByTime(5000); // t = 5 s: resumed, the same cue now 6 s in
    player.schedule([{ cue: 'get-ready', at: T0 + 6000, exerciseId: 'cat-cow' }], T0 + 5000);
    const prompt = 6000 + voiceDelayMs('get-ready');
    expect(live(words.placed, T0)).toEqual([['voice-get-ready', prompt], ['name-cat-cow', prompt + 900]]);
  });

  it('leaves names to speech synthesis until the words are decoded, then places them with their cues', async () => {
    const { player, words, host } = setupSpeech(LENGTHS);
    await player.unlock();
    player.schedule([{ cue: 'get-ready', at: T0 + 3000, exerciseId: 'cat-cow' }], T0);
    player.speak('Gato-vaca');
    expect(host.speak).toHaveBeenCalledWith('Gato-vaca', 1);
    expect(live(words.placed, T0)).toEqual([]);
    vi.advanceTimersByTime(1000); // t = 1 s: the words are decoded
    words.decodeNow();
    expect(live(words.placed, T0).map(([key]) => key)).toEqual(['voice-get-ready', 'name-cat-cow']);
    player.speak('Gato-vaca');
    expect(host.speak).toHaveBeenCalledTimes(1);
  });

  it('reports a breath turn as not heard while the words are not decoded (it has no tone of its own)', async () => {
    const { player, host } = setupSpeech(LENGTHS);
    await player.unlock();
    player.schedule([{ cue: 'breathe-in', at: T0 + 1000 }], T0);
    vi.advanceTimersByTime(1000); // t = 1 s: its moment
    expect(host.emit).toHaveBeenCalledWith(expect.objectContaining({ cue: 'breathe-in', audible: false }));
  });

  it('never says a Spanish screen\'s prompts in English while its words are not there', async () => {
    const { player, tones, words } = setupSpeech(LENGTHS);
    await player.unlock();
    player.schedule([{ cue: 'switch-sides', at: T0 + 1000, side: 'left' }], T0);
    expect(live(tones, T0)).toEqual([['switch-sides', 1000]]);
    expect(live(words.placed, T0)).toEqual([]);
  });

  it('keeps the English prompts of the cue sprite for an English screen until its words are decoded', async () => {
    const { player, tones } = setupSpeech(LENGTHS, { language: 'en' });
    await player.unlock();
    player.schedule([{ cue: 'switch-sides', at: T0 + 1000, side: 'left' }], T0);
    expect(live(tones, T0)).toEqual([['switch-sides', 1000], ['voice-switch-sides', 1000 + voiceDelayMs('switch-sides')]]);
  });

  it('asks for the words of the screen\'s language, and for the other one after a switch', () => {
    const { player, words } = setupSpeech(LENGTHS);
    expect(words.asked).toEqual(['es-419']);
    player.setPrefs({ sound: true, voice: true, volume: 1, vibration: false, speakNames: true, language: 'en' });
    expect(words.asked).toEqual(['es-419', 'en']);
  });

  it('says no name with names off, and no prompt or side with voice off', async () => {
    const { player, words } = setupSpeech(LENGTHS, { speakNames: false });
    words.decodeNow();
    await player.unlock();
    player.schedule([{ cue: 'get-ready', at: T0 + 1000, exerciseId: 'cat-cow', side: 'left' }], T0);
    expect(live(words.placed, T0).map(([key]) => key)).toEqual(['voice-get-ready', 'side-left']);
    player.cancel();
    player.setPrefs({ sound: true, voice: false, volume: 1, vibration: false, speakNames: true, language: 'es-419' });
    player.schedule([{ cue: 'get-ready', at: T0 + 1000, exerciseId: 'cat-cow', side: 'left' }], T0);
    expect(live(words.placed, T0).map(([key]) => key)).toEqual(['name-cat-cow']);
  });
});

describe('the Test sound speaks the screen\'s language', () => {
  const testTap = async (player: ReturnType<typeof setupSpeech>['player']) => {
    const result = player.test();
    await vi.advanceTimersByTimeAsync(1000);
    return result;
  };
  const prompt = 50 + voiceDelayMs('get-ready');

  it('says "Get ready" from the Spanish words on a Spanish screen', async () => {
    const { player, tones, words } = setupSpeech(LENGTHS);
    words.decodeNow();
    await player.unlock();
    await testTap(player);
    expect(live(tones, T0)).toEqual([['get-ready', 50]]);
    expect(live(words.placed, T0)).toEqual([['voice-get-ready', prompt]]);
  });

  it('plays only the chime on a Spanish screen whose words are not decoded yet, never the English prompt', async () => {
    const { player, tones, words } = setupSpeech(LENGTHS);
    await player.unlock();
    await testTap(player);
    expect(live(tones, T0)).toEqual([['get-ready', 50]]);
    expect(live(words.placed, T0)).toEqual([]);
  });

  it('says the English prompt from the cue sounds on an English screen until its words are decoded', async () => {
    const { player, tones, words } = setupSpeech(LENGTHS, { language: 'en' });
    await player.unlock();
    await testTap(player);
    expect(live(tones, T0)).toEqual([['get-ready', 50], ['voice-get-ready', prompt]]);
    expect(live(words.placed, T0)).toEqual([]);
  });
});
