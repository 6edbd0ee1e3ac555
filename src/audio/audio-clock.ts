import { Howler } from 'howler';
import type { SpriteSegment } from './sprite';

/** A sound started on the audio clock ahead of its moment: how to take it back, and when it will be heard. */
export interface ClockSound {
  cancel(): void;
  heardAt: number;
}

/** Howler's AudioContext, or null where howler plays through HTML5 audio instead. */
export function webAudioContext(): AudioContext | null {
  return Howler.usingWebAudio ? (Howler.ctx as AudioContext | null) : null;
}

/**
 * One decoded sprite on the AudioContext's own clock, played through howler's master gain (and so through the
 * media element, src/audio/media-output.ts). The cue sprite and a language's spoken words each have one; both
 * share the context, so a name placed after a cue's prompt stays exactly there.
 */
export function makeAudioClock(segmentOf: (key: string) => SpriteSegment | readonly [number, number] | undefined) {
  let buffer: AudioBuffer | null = null;
  let gain: GainNode | null = null;
  let volume = 1;
  return {
    /**
     * Decodes the sprite's bytes, at `sampleRate` when given (a buffer plays at any rate; speech at 16 kHz takes a
     * third of the memory it would at the context's 48 kHz); false when this browser cannot decode it.
     */
    async decode(bytes: Promise<ArrayBuffer>, sampleRate?: number): Promise<boolean> {
      const ctx = webAudioContext();
      buffer = null;
      if (!ctx) {
        bytes.catch(() => undefined);
        return false;
      }
      try {
        const data = await bytes;
        buffer = sampleRate ? await decodeAtRate(data, sampleRate).catch(() => ctx.decodeAudioData(data)) : await ctx.decodeAudioData(data);
      } catch {
        buffer = null;
      }
      return buffer !== null;
    },
    decoded: () => buffer !== null,
    setVolume(next: number) {
      volume = next;
      if (gain) gain.gain.value = next;
    },
    /** Starts a segment so it is heard at the wall-clock moment `atMs`; null when the clock cannot take it now. */
    playAt(key: string, atMs: number): ClockSound | null {
      const ctx = webAudioContext();
      const segment = segmentOf(key);
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

// decodeAudioData resamples to its context's rate; an offline context of the sprite's own rate keeps it as it is.
// Async, so a browser without OfflineAudioContext (Safari before 14.1) rejects and the caller decodes on its context.
async function decodeAtRate(data: ArrayBuffer, sampleRate: number): Promise<AudioBuffer> {
  return new OfflineAudioContext(1, 1, sampleRate).decodeAudioData(data.slice(0));
}

function makeGain(ctx: AudioContext, volume: number): GainNode {
  const node = ctx.createGain();
  node.gain.value = volume;
  node.connect((Howler as unknown as { masterGain: GainNode }).masterGain ?? ctx.destination);
  return node;
}

/** The context time at which a wall-clock moment will be heard (output latency included where known). */
export function contextTimeAt(ctx: AudioContext, atMs: number): number {
  const stamp = typeof ctx.getOutputTimestamp === 'function' ? ctx.getOutputTimestamp() : null;
  if (stamp?.contextTime !== undefined && stamp.performanceTime) {
    const stampWallMs = performance.timeOrigin + stamp.performanceTime;
    return stamp.contextTime + (atMs - stampWallMs) / 1000;
  }
  return ctx.currentTime + (atMs - Date.now()) / 1000;
}
