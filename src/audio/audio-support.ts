/** What this browser can do for a session's sound, found by feature detection (never by reading the browser's name). */
export interface AudioSupport {
  /** A media element can carry Web Audio (MediaStreamAudioDestinationNode): cues go on with the screen off. */
  screenOff: boolean;
  /** navigator.audioSession (Safari 17+): a playback session that plays with the silent switch on. */
  playbackSession: boolean;
  /** The Screen Wake Lock API: the screen can be kept on during a session. */
  wakeLock: boolean;
  /** The Media Session API: lock-screen and headphone buttons. */
  lockScreenControls: boolean;
}

/** The globals the detection reads; tests pass plain objects. */
export interface SupportGlobals {
  navigator?: object;
  MediaStreamAudioDestinationNode?: unknown;
  HTMLMediaElement?: { prototype: object };
}

/** Detects what the page's browser supports. */
export function detectAudioSupport(globals: SupportGlobals = globalThis as SupportGlobals): AudioSupport {
  const nav = globals.navigator ?? {};
  return {
    screenOff: typeof globals.MediaStreamAudioDestinationNode === 'function'
      && globals.HTMLMediaElement !== undefined && 'srcObject' in globals.HTMLMediaElement.prototype,
    playbackSession: 'audioSession' in nav,
    wakeLock: 'wakeLock' in nav,
    lockScreenControls: 'mediaSession' in nav,
  };
}
