/** Keeps the screen on while a session plays and fills the lock-screen controls. */
export function createScreenAdapter(handlers: { play(): void; pause(): void }) {
  let wanted = false;
  let lock: WakeLockSentinel | null = null;

  const acquire = async () => {
    if (!wanted || lock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      lock = await navigator.wakeLock.request('screen');
      lock.addEventListener('release', () => { lock = null; });
    } catch {
      lock = null; // Refused (battery saver, no permission): the session still plays.
    }
  };

  // The browser drops the wake lock whenever the page is hidden; take it back on return.
  document.addEventListener('visibilitychange', () => void acquire());

  if ('mediaSession' in navigator) {
    navigator.mediaSession.setActionHandler('play', handlers.play);
    navigator.mediaSession.setActionHandler('pause', handlers.pause);
  }

  return {
    awake(on: boolean) {
      wanted = on;
      if (on) void acquire();
      else void lock?.release().catch(() => undefined);
    },
    nowPlaying(title: string, subtitle: string, playing: boolean) {
      if (!('mediaSession' in navigator)) return;
      navigator.mediaSession.metadata = new MediaMetadata({
        title, artist: subtitle, album: 'Flarewise',
        artwork: [{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' }],
      });
      navigator.mediaSession.playbackState = playing ? 'playing' : 'paused';
    },
  };
}
