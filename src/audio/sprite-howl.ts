import { Howl, Howler } from 'howler';
import { SPRITE, spriteSource } from './sprite';
import { mediaOutput } from './media-output';
import { contextTimeAt, makeAudioClock, webAudioContext } from './audio-clock';

/** The part of a howler Howl the cue player uses; tests pass a fake. */
export interface SpriteSound {
  load(): unknown;
  play(key: string): number;
  stop(id?: number): unknown;
  playing(id?: number): boolean;
  volume(volume: number): unknown;
  state(): 'unloaded' | 'loading' | 'loaded';
  on(event: 'load' | 'loaderror' | 'playerror' | 'unlock', fn: (id: number, error?: unknown) => void): unknown;
  unload(): unknown;
  /**
   * Plays a segment at a wall-clock moment on the audio clock, which a busy main thread cannot delay.
   * Returns a cancel function and the moment it will be heard, or null where it cannot (then play on time by timer).
   */
  playAt?(key: string, atMs: number): { cancel(): void; heardAt: number } | null;
}

/** The part of an AudioContext the cue player uses. */
export interface AudioContextLike {
  readonly state: string;
  /** The audio clock in seconds (it stands still when no output takes the sound). */
  readonly currentTime?: number;
  resume(): Promise<void>;
  /** The wall-clock moment (ms) at which context time 0 is heard; it jumps when the context stalls. */
  clockOffsetMs?(): number;
  /** Calls `fn` once the audio clock has moved on by `ms`: an event from the audio thread, which a hidden tab does not throttle as it does timers. */
  after?(ms: number, fn: () => void): void;
}

/** Makes the one sprite Howl: Web Audio (no range requests offline), nothing fetched until load(). */
export function makeSpriteHowl(): SpriteSound {
  const howl = new Howl({
    src: [spriteSource(import.meta.env.BASE_URL)],
    sprite: { ...SPRITE },
    html5: false,
    preload: false,
  });
  routeThroughMediaElement();
  const clock = makeAudioClock((key) => SPRITE[key]);
  // howler keeps its decoded buffer private; decode our own copy (from the service worker's cache) to schedule ahead.
  // If that fails, timers still play every cue through howler.
  howl.on('load', () => void clock.decode(fetch((howl as unknown as { _src: string })._src).then((r) => r.arrayBuffer())));
  const howlVolume = howl.volume.bind(howl) as (volume: number) => unknown;
  return Object.assign(howl, {
    volume(volume: number) {
      clock.setVolume(volume);
      return howlVolume(volume);
    },
    playAt: clock.playAt,
  }) as unknown as SpriteSound;
}

/** Sends howler's master output through the page's media element (src/audio/media-output.ts). */
function routeThroughMediaElement(): void {
  const ctx = webAudioContext();
  const master = (Howler as unknown as { masterGain?: GainNode }).masterGain;
  if (!ctx || !master) return;
  // Cues are placed on the context's clock, not played through howler, so howler would think the context idle
  // and suspend it after 30 s; the session's keep-alive decides instead.
  Howler.autoSuspend = false;
  mediaOutput.attach(ctx, master);
}

/** Howler's AudioContext once a Howl exists, or null without Web Audio. resume() also primes iOS. */
export function howlerContext(): AudioContextLike | null {
  const ctx = Howler.usingWebAudio && !Howler.noAudio ? (Howler.ctx as AudioContext | null) : null;
  if (!ctx) return null;
  return {
    get state() { return ctx.state; },
    get currentTime() { return ctx.currentTime; },
    clockOffsetMs: () => contextTimeAt(ctx, 0) * -1000,
    after: (ms, fn) => afterOnClock(ctx, ms, fn),
    resume: () => {
      playSilentSample(ctx);
      return ctx.resume();
    },
  };
}

// A silent one-sample sound whose end is the signal: its 'ended' event is not a timer, so a hidden tab delivers it on time.
function afterOnClock(ctx: AudioContext, ms: number, fn: () => void): void {
  if (ctx.state !== 'running') return;
  const source = ctx.createBufferSource();
  source.buffer = ctx.createBuffer(1, 1, ctx.sampleRate);
  source.connect(ctx.destination);
  source.onended = () => {
    source.disconnect();
    fn();
  };
  source.start(ctx.currentTime + ms / 1000);
}

// iOS only unlocks a context that starts a source inside the user's gesture (as howler's own unlock does).
function playSilentSample(ctx: AudioContext): void {
  try {
    const source = ctx.createBufferSource();
    source.buffer = ctx.createBuffer(1, 1, 22050);
    source.connect(ctx.destination);
    source.start(0);
  } catch {
    // A context that cannot start a source now will report 'suspended'; the UI then offers a retry.
  }
}
