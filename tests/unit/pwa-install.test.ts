import { describe, expect, it, vi } from 'vitest';
import {
  isIosSafari,
  isStandalone,
  makeInstallController,
  type InstallWindow,
} from '../../src/pwa/install';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1';
const IPAD_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

/** A window stand-in: matching display modes, iOS standalone flag, and events fired by hand. */
function fakeWindow({ modes = [] as string[], standalone = false } = {}) {
  const listeners = new Map<string, ((event: Event) => void)[]>();
  const win: InstallWindow & { fire(type: string, event: Event): void } = {
    addEventListener: (type, listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    matchMedia: (query) => ({ matches: modes.some((mode) => query === `(display-mode: ${mode})`) }),
    navigator: { standalone },
    fire: (type, event) => listeners.get(type)?.forEach((listener) => listener(event)),
  };
  return win;
}

/** A beforeinstallprompt stand-in that resolves with the given choice. */
function promptEvent(outcome: 'accepted' | 'dismissed') {
  return Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(async () => undefined),
    userChoice: Promise.resolve({ outcome, platform: 'web' }),
  });
}

describe('isStandalone', () => {
  it('is true in an installed app window', () => {
    expect(isStandalone(fakeWindow({ modes: ['standalone'] }))).toBe(true);
  });
  it('is true for a home-screen app on iOS', () => {
    expect(isStandalone(fakeWindow({ standalone: true }))).toBe(true);
  });
  it('is false in a browser tab', () => {
    expect(isStandalone(fakeWindow({ modes: ['browser'] }))).toBe(false);
  });
});

describe('isIosSafari', () => {
  it('recognises Safari on iPhone and on iPadOS (which reports a Mac with touch)', () => {
    expect(isIosSafari(IPHONE_SAFARI, 5)).toBe(true);
    expect(isIosSafari(IPAD_SAFARI, 5)).toBe(true);
  });
  it('leaves out desktop Safari, Chrome on iOS and Android', () => {
    expect(isIosSafari(IPAD_SAFARI, 0)).toBe(false);
    expect(isIosSafari(IPHONE_CHROME, 5)).toBe(false);
    expect(isIosSafari(ANDROID_CHROME, 5)).toBe(false);
  });
});

describe('makeInstallController', () => {
  it('holds back the browser prompt and offers installing instead', () => {
    const win = fakeWindow();
    const install = makeInstallController(win);
    const event = promptEvent('accepted');
    win.fire('beforeinstallprompt', event);
    expect(event.defaultPrevented).toBe(true);
    expect(install.getState()).toEqual({ canInstall: true, installed: false });
  });

  it('shows the prompt once and reports the choice', async () => {
    const win = fakeWindow();
    const install = makeInstallController(win);
    const event = promptEvent('dismissed');
    win.fire('beforeinstallprompt', event);
    await expect(install.promptInstall()).resolves.toBe('dismissed');
    expect(event.prompt).toHaveBeenCalledOnce();
    expect(install.getState().canInstall).toBe(false);
    await expect(install.promptInstall()).resolves.toBe('unavailable');
  });

  it('says unavailable when the browser never offered a prompt (iOS, Firefox)', async () => {
    await expect(makeInstallController(fakeWindow()).promptInstall()).resolves.toBe('unavailable');
  });

  it('marks the app installed on appinstalled and when already running standalone', () => {
    const win = fakeWindow();
    const install = makeInstallController(win);
    const seen = vi.fn();
    install.subscribe(seen);
    win.fire('beforeinstallprompt', promptEvent('accepted'));
    win.fire('appinstalled', new Event('appinstalled'));
    expect(seen).toHaveBeenLastCalledWith({ canInstall: false, installed: true });
    expect(makeInstallController(fakeWindow({ modes: ['standalone'] })).getState().installed).toBe(true);
  });
});
