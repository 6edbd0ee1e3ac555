/**
 * The one <audio> element a session's sound plays through. Web Audio alone is suspended on a locked
 * iPhone and throttled in a hidden Chromium tab; a playing media element makes the system treat the
 * session as media playback: it runs with the screen off, shows on the lock screen and obeys headphone
 * buttons (src/audio/README.md). No howler here: the first screen can load this module cheaply.
 */

import type { AudioMode } from '../engine/records/settings';

/** "Keep coaching with the screen off" (media playback) or "Mix with my music" (short sounds over it, screen kept on). */
export type OutputMode = AudioMode;

/** The parts of an <audio> element used here; tests pass a fake. */
export interface MediaElementLike {
  srcObject: MediaProvider | null;
  readonly paused: boolean;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: 'pause', listener: () => void): void;
}

/** The parts of an AudioContext used here. */
export type OutputContext = Pick<AudioContext, 'destination' | 'createGain' | 'createOscillator'>
  & Partial<Pick<AudioContext, 'createMediaStreamDestination'>>;

/** What the output runs on; every one defaults to the real page. */
export interface MediaOutputDeps {
  makeElement?: () => MediaElementLike | null;
  /** navigator.audioSession (Safari 17+), where it exists. */
  audioSession?: () => { type: string } | undefined;
}

/** Where the sound goes and whether the element is kept playing. */
export interface MediaOutput {
  /** Routes `master` (everything the cues play) of `ctx` into the element from now on. */
  attach(ctx: OutputContext, master: AudioNode): void;
  /** Inside a tap, synchronously: starts the element, which keeps the tap's permission to play. */
  start(): void;
  /** Session on: the element plays, carrying an inaudible signal so it never ends. Off: paused, sound goes straight out. */
  hold(on: boolean): void;
  setMode(mode: OutputMode): void;
  /** True while the element is carrying the sound. */
  routed(): boolean;
  /** Called when something other than the person paused the element (a call, Siri, another app). */
  onInterrupted(listener: () => void): () => void;
}

// A 30 Hz sine at -66 dBFS: below hearing on any phone speaker or headphone, yet above the level (-72 dBFS)
// under which Chromium treats a tab as silent and throttles it.
const SIGNAL_HZ = 30;
const SIGNAL_GAIN = 0.0005;

/** Makes the media output; nothing is created until a context is attached. */
export function makeMediaOutput(deps: MediaOutputDeps = {}): MediaOutput {
  const makeElement = deps.makeElement ?? makeAudioElement;
  const audioSession = deps.audioSession ?? browserAudioSession;
  let mode: OutputMode = 'screen-off';
  let graph: { ctx: OutputContext; master: AudioNode; stream: MediaStreamAudioDestinationNode; signal: GainNode } | null = null;
  let element: MediaElementLike | null = null;
  let toElement = false;
  let wanted = false;
  let failed = false;
  const listeners = new Set<() => void>();

  const route = (next: boolean) => {
    if (!graph || next === toElement) return;
    const out = next ? graph.stream : graph.ctx.destination;
    graph.master.disconnect();
    graph.master.connect(out);
    graph.signal.disconnect();
    graph.signal.connect(out);
    toElement = next;
  };
  const setSession = (type: string) => {
    const session = audioSession();
    if (session) session.type = type;
  };
  const ensureElement = () => {
    if (!element) {
      element = makeElement();
      element?.addEventListener('pause', () => {
        // The event of our own pause() comes a moment later: after a quick resume the element is playing again.
        if (!wanted || !toElement || !element?.paused) return;
        wanted = false;
        route(false);
        for (const listener of listeners) listener();
      });
    }
    if (element && graph && element.srcObject !== graph.stream.stream) element.srcObject = graph.stream.stream;
    return element;
  };
  const play = () => {
    if (!graph || mode !== 'screen-off' || failed) return;
    const el = ensureElement();
    if (!el) return;
    route(true);
    if (!el.paused) return;
    // Refused (no gesture, an old browser): the sound goes straight to the speakers, as without the element.
    el.play().catch(() => {
      failed = true;
      route(false);
    });
  };

  return {
    attach(ctx, master) {
      if (graph || typeof ctx.createMediaStreamDestination !== 'function') return;
      const stream = ctx.createMediaStreamDestination();
      const signal = ctx.createGain();
      signal.gain.value = 0;
      const tone = ctx.createOscillator();
      tone.frequency.value = SIGNAL_HZ;
      tone.connect(signal);
      tone.start();
      signal.connect(ctx.destination);
      graph = { ctx, master, stream, signal };
    },
    start() {
      failed = false;
      if (graph) return play();
      // Before the sound module has loaded: a play() inside the tap still blesses the element (WebKit).
      if (mode === 'screen-off') ensureElement()?.play().catch(() => undefined);
    },
    hold(on) {
      wanted = on;
      if (graph) graph.signal.gain.value = on ? SIGNAL_GAIN : 0;
      setSession(on ? (mode === 'screen-off' ? 'playback' : 'transient') : 'auto');
      if (on) return play();
      route(false);
      element?.pause();
    },
    setMode(next) {
      mode = next;
      if (mode === 'mix') {
        route(false);
        element?.pause();
      }
      if (wanted) setSession(mode === 'screen-off' ? 'playback' : 'transient');
    },
    routed: () => toElement,
    onInterrupted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function makeAudioElement(): MediaElementLike | null {
  if (typeof document === 'undefined') return null;
  const el = document.createElement('audio');
  el.setAttribute('playsinline', '');
  return el;
}

function browserAudioSession(): { type: string } | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as { audioSession?: { type: string } }).audioSession;
}

/** The page's one media output (one element for the whole app). */
export const mediaOutput: MediaOutput = makeMediaOutput();
