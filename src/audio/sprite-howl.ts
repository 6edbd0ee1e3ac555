import { Howl, Howler } from 'howler';
import { SPRITE, spriteSources } from './sprite';
import { mediaOutput } from './media-output';

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

let webmFailed = false;

/** Makes the one sprite Howl: Web Audio (no range requests offline), nothing fetched until load(). */
export function makeSpriteHowl(): SpriteSound {
  const webm = !webmFailed && canPlay('audio/webm; codecs="opus"');
  const sources = spriteSources(import.meta.env.BASE_URL, webm);
  const howl = new Howl({
    src: sources,
    sprite: { ...SPRITE },
    html5: false,
    preload: false,
    // Some Safari versions claim WebM but cannot decode it; the next Howl then asks for MP3 only.
    onloaderror: () => { webmFailed ||= webm; },
  });
  routeThroughMediaElement();
  const clock = makeAudioClock();
  // howler keeps its decoded buffer private; decode our own copy (from the service worker's cache) to schedule ahead.
  howl.on('load', () => void clock.load((howl as unknown as { _src: string })._src));
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
  const ctx = Howler.usingWebAudio ? (Howler.ctx as AudioContext | null) : null;
  const master = (Howler as unknown as { masterGain?: GainNode }).masterGain;
  if (!ctx || !master) return;
  // Cues are placed on the context's clock, not played through howler, so howler would think the context idle
  // and suspend it after 30 s; the session's keep-alive decides instead.
  Howler.autoSuspend = false;
  mediaOutput.attach(ctx, master);
}

/** Schedules sprite segments on the AudioContext's own clock, through howler's master gain. */
function makeAudioClock() {
  let buffer: AudioBuffer | null = null;
  let gain: GainNode | null = null;
  let volume = 1;
  const context = () => (Howler.usingWebAudio ? (Howler.ctx as AudioContext | null) : null);
  return {
    async load(src: string) {
      const ctx = context();
      if (!ctx) return;
      try {
        buffer = await ctx.decodeAudioData(await (await fetch(src)).arrayBuffer());
      } catch {
        buffer = null; // Timers still play every cue through howler.
      }
    },
    setVolume(next: number) {
      volume = next;
      if (gain) gain.gain.value = next;
    },
    playAt(key: string, atMs: number) {
      const ctx = context();
      const segment = SPRITE[key];
      if (!ctx || !buffer || !segment || ctx.state !== 'running') return null;
      gain ??= makeGain(ctx, volume);
      const source = ctx.createBufferSource();
      source.buffer = buffer;
      source.connect(gain);
      const when = contextTimeAt(ctx, atMs);
      source.start(Math.max(when, ctx.currentTime), segment[0] / 1000, segment[1] / 1000);
      const heardAt = when >= ctx.currentTime ? atMs : Date.now();
      return { heardAt, cancel: () => { try { source.stop(); } catch { /* already ended */ } } };
    },
  };
}

function makeGain(ctx: AudioContext, volume: number): GainNode {
  const node = ctx.createGain();
  node.gain.value = volume;
  node.connect((Howler as unknown as { masterGain: GainNode }).masterGain ?? ctx.destination);
  return node;
}

/** The context time at which a wall-clock moment will be heard (output latency included where known). */
function contextTimeAt(ctx: AudioContext, atMs: number): number {
  const stamp = typeof ctx.getOutputTimestamp === 'function' ? ctx.getOutputTimestamp() : null;
  if (stamp?.contextTime !== undefined && stamp.performanceTime) {
    const stampWallMs = performance.timeOrigin + stamp.performanceTime;
    return stamp.contextTime + (atMs - stampWallMs) / 1000;
  }
  return ctx.currentTime + (atMs - Date.now()) / 1000;
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

function canPlay(type: string): boolean {
  return typeof Audio !== 'undefined' && new Audio().canPlayType(type) !== '';
}
