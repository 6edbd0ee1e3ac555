import { describe, expect, it, vi } from 'vitest';
import { makePwaController, type LifecycleEvent, type PwaState, type WorkboxLike } from '../../src/pwa/register';

type Listener = (event: LifecycleEvent) => void;

/** A Workbox stand-in whose lifecycle events the test fires by hand. */
function fakeWorkbox() {
  const listeners = new Map<string, Listener[]>();
  const workbox: WorkboxLike & { fire(type: string, event?: LifecycleEvent): void } = {
    addEventListener: (type, listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    register: vi.fn(async () => undefined),
    update: vi.fn(async () => undefined),
    messageSkipWaiting: vi.fn(),
    fire: (type, event = {}) => listeners.get(type)?.forEach((listener) => listener(event)),
  };
  return workbox;
}

/** A registered controller plus its fakes and every state it published. */
async function setUp() {
  const workbox = fakeWorkbox();
  const reload = vi.fn();
  const pwa = makePwaController({ createWorkbox: () => workbox, reload });
  const states: PwaState[] = [];
  pwa.subscribe((state) => states.push(state));
  await pwa.register();
  return { workbox, reload, pwa, states };
}

describe('makePwaController', () => {
  it('does nothing where there is no service worker (dev builds, old browsers)', async () => {
    const pwa = makePwaController({ createWorkbox: () => null, reload: vi.fn() });
    await pwa.register();
    expect(pwa.getState()).toEqual({ offlineReady: false, updateReady: false });
    expect(pwa.applyUpdate({ sessionPlaying: false })).toBe(false);
  });

  it('reports offline-ready once the first install finishes, not on updates', async () => {
    const { workbox, pwa, states } = await setUp();
    workbox.fire('installed', { isUpdate: true });
    expect(pwa.getState().offlineReady).toBe(false);
    workbox.fire('installed', { isUpdate: false });
    expect(pwa.getState().offlineReady).toBe(true);
    expect(states.at(-1)).toEqual({ offlineReady: true, updateReady: false });
    pwa.dismissOfflineReady();
    expect(pwa.getState().offlineReady).toBe(false);
  });

  it('hides the offline-ready note by itself after a while, so it never has to be tapped away', async () => {
    const timers: { run: () => void; ms: number }[] = [];
    const workbox = fakeWorkbox();
    const pwa = makePwaController({ createWorkbox: () => workbox, reload: vi.fn(), later: (run, ms) => { timers.push({ run, ms }); } });
    await pwa.register();
    workbox.fire('installed', { isUpdate: false });
    expect(pwa.getState().offlineReady).toBe(true);
    // The note's timer comes due: it is gone.
    expect(timers).toHaveLength(1);
    timers[0]?.run();
    expect(pwa.getState().offlineReady).toBe(false);
  });

  it('reports an update when a new worker is waiting', async () => {
    const { workbox, pwa } = await setUp();
    workbox.fire('waiting');
    expect(pwa.getState().updateReady).toBe(true);
  });

  it('refuses to apply an update while a session is playing', async () => {
    const { workbox, reload, pwa } = await setUp();
    workbox.fire('waiting');
    expect(pwa.applyUpdate({ sessionPlaying: true })).toBe(false);
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('skips waiting when idle and reloads only once the new worker controls the page', async () => {
    const { workbox, reload, pwa } = await setUp();
    workbox.fire('waiting');
    expect(pwa.applyUpdate({ sessionPlaying: false })).toBe(true);
    expect(workbox.messageSkipWaiting).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
    workbox.fire('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not reload when another tab applied the update, but offers the update here', async () => {
    const { workbox, reload, pwa } = await setUp();
    workbox.fire('controlling', { isExternal: true });
    expect(reload).not.toHaveBeenCalled();
    expect(pwa.getState().updateReady).toBe(true);
    expect(pwa.applyUpdate({ sessionPlaying: false })).toBe(true);
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('has nothing to apply before an update arrives', async () => {
    const { workbox, pwa } = await setUp();
    expect(pwa.applyUpdate({ sessionPlaying: false })).toBe(false);
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
  });

  it('registers once and keeps working when registration fails', async () => {
    const workbox = fakeWorkbox();
    workbox.register = vi.fn(async () => Promise.reject(new Error('offline')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pwa = makePwaController({ createWorkbox: () => workbox, reload: vi.fn() });
    await pwa.register();
    await pwa.register();
    expect(workbox.register).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('stops calling a listener after it unsubscribes', async () => {
    const { workbox, pwa } = await setUp();
    const listener = vi.fn();
    const unsubscribe = pwa.subscribe(listener);
    unsubscribe();
    workbox.fire('waiting');
    expect(listener).toHaveBeenCalledOnce(); // only the immediate call on subscribe
  });
});
