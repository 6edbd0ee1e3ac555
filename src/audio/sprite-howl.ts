import { Howl, Howler } from 'howler';
import { SPRITE, spriteSources } from './sprite';

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
}

/** The part of an AudioContext the cue player uses. */
export interface AudioContextLike {
  readonly state: string;
  resume(): Promise<void>;
}

let webmFailed = false;

/** Makes the one sprite Howl: Web Audio (no range requests offline), nothing fetched until load(). */
export function makeSpriteHowl(): SpriteSound {
  const webm = !webmFailed && canPlay('audio/webm; codecs="opus"');
  return new Howl({
    src: spriteSources(import.meta.env.BASE_URL, webm),
    sprite: { ...SPRITE },
    html5: false,
    preload: false,
    // Some Safari versions claim WebM but cannot decode it; the next Howl then asks for MP3 only.
    onloaderror: () => { webmFailed ||= webm; },
  });
}

/** Howler's AudioContext once a Howl exists, or null without Web Audio. resume() also primes iOS. */
export function howlerContext(): AudioContextLike | null {
  const ctx = Howler.usingWebAudio && !Howler.noAudio ? (Howler.ctx as AudioContext | null) : null;
  if (!ctx) return null;
  return {
    get state() { return ctx.state; },
    resume: () => {
      playSilentSample(ctx);
      return ctx.resume();
    },
  };
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
