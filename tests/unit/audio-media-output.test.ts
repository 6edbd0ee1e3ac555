import { describe, expect, it, vi } from 'vitest';
import { makeMediaOutput, type MediaElementLike, type OutputContext } from '../../src/audio/media-output';

/** An audio node that remembers where it is connected. */
function fakeNode(name: string) {
  const node = {
    name, outputs: new Set<unknown>(), gain: { value: 1 }, frequency: { value: 0 },
    connect: (to: unknown) => { node.outputs.add(to); return to; },
    disconnect: () => { node.outputs.clear(); },
    start: vi.fn(),
  };
  return node;
}

function fakeGraph() {
  const destination = fakeNode('speakers');
  const stream = { ...fakeNode('stream'), stream: { id: 'session-stream' } };
  const gains: ReturnType<typeof fakeNode>[] = [];
  const ctx = {
    destination,
    createMediaStreamDestination: () => stream,
    createGain: () => { const g = fakeNode('gain'); gains.push(g); return g; },
    createOscillator: () => fakeNode('oscillator'),
  } as unknown as OutputContext;
  const master = fakeNode('master');
  master.connect(destination);
  return { ctx, master, destination, stream, signal: () => gains[0] };
}

/**
 * An <audio> element stand-in: play() can be refused, and the system can pause it. As in a browser, the 'pause'
 * event of a pause() comes later, in a task of its own (`deliverPause`).
 */
function fakeElement(refuse = false) {
  let onPause: (() => void) | null = null;
  let pauseQueued = false;
  const el = {
    srcObject: null as unknown,
    paused: true,
    play: vi.fn(() => {
      if (refuse) return Promise.reject(new Error('NotAllowedError'));
      el.paused = false;
      return Promise.resolve();
    }),
    pause: vi.fn(() => { el.paused = true; pauseQueued = true; }),
    deliverPause: () => { if (pauseQueued) onPause?.(); pauseQueued = false; },
    addEventListener: (_type: string, fn: () => void) => { onPause = fn; },
    systemPause: () => { el.paused = true; onPause?.(); },
  };
  return el;
}

function setup(options: { refuse?: boolean } = {}) {
  const graph = fakeGraph();
  const element = fakeElement(options.refuse);
  const session = { type: 'auto' };
  const output = makeMediaOutput({ makeElement: () => element as unknown as MediaElementLike, audioSession: () => session });
  output.attach(graph.ctx, graph.master as unknown as AudioNode);
  return { output, element, session, ...graph };
}

describe('the session plays through one media element', () => {
  it('starts the element synchronously in the tap and routes every cue through it', () => {
    const { output, element, master, stream } = setup();
    output.start();
    expect(element.play).toHaveBeenCalledTimes(1);
    expect(element.srcObject).toBe(stream.stream);
    expect([...master.outputs]).toEqual([stream]);
  });

  it('holds an inaudible signal while the session plays, and lets the element pause when it stops', () => {
    const { output, element, master, destination, signal } = setup();
    output.start();
    output.hold(true);
    expect(signal()?.gain.value).toBeGreaterThan(0);
    expect(signal()?.gain.value).toBeLessThanOrEqual(0.001); // -60 dBFS or quieter
    output.hold(false);
    expect(signal()?.gain.value).toBe(0);
    expect(element.pause).toHaveBeenCalled();
    expect([...master.outputs]).toEqual([destination]);
  });

  it('asks iOS for a playback session during a session and gives it back afterwards', () => {
    const { output, session } = setup();
    output.hold(true);
    expect(session.type).toBe('playback');
    output.hold(false);
    expect(session.type).toBe('auto');
  });

  it('plays straight to the speakers when the element refuses to play', async () => {
    const { output, master, destination } = setup({ refuse: true });
    output.start();
    await vi.waitFor(() => expect([...master.outputs]).toEqual([destination]));
    expect(output.routed()).toBe(false);
  });

  /** A session playing through the element, with a listener for interruptions. */
  const playing = () => {
    const parts = setup();
    const interrupted = vi.fn();
    parts.output.onInterrupted(interrupted);
    parts.output.start();
    parts.output.hold(true);
    return { ...parts, interrupted };
  };

  it('tells the session when a call or another app pauses the element, not when the person pauses', () => {
    const { output, element, master, destination, interrupted } = playing();
    output.hold(false); // the person paused
    element.deliverPause();
    expect(interrupted).not.toHaveBeenCalled();
    output.hold(true);
    element.systemPause();
    expect(interrupted).toHaveBeenCalledTimes(1);
    expect([...master.outputs]).toEqual([destination]);
  });

  it('does not take a quick pause and resume for an interruption when the pause event arrives after the resume', () => {
    const { output, element, master, stream, interrupted } = playing();
    output.hold(false); // the person paused…
    output.hold(true); // …and resumed at once
    element.deliverPause(); // the pause's event, late
    expect(interrupted).not.toHaveBeenCalled();
    expect(element.paused).toBe(false);
    expect([...master.outputs]).toEqual([stream]);
  });

  it('with "Mix with my music" never takes over the audio: short sounds straight out, a transient session', () => {
    const { output, element, master, destination, session } = setup();
    output.setMode('mix');
    output.start();
    output.hold(true);
    expect(element.play).not.toHaveBeenCalled();
    expect([...master.outputs]).toEqual([destination]);
    expect(session.type).toBe('transient');
  });
});
