/**
 * Startup side effects for the PWA, loaded by index.html before the UI: capture the install prompt
 * (it can fire before the first screen renders), then register the service worker once the page has
 * loaded, so workbox-window is not part of the first screen's JavaScript.
 */
import { captureInstallPrompt } from './install';

captureInstallPrompt();

window.addEventListener('load', () => {
  void import('./register').then(({ checkForUpdate, registerPwa }) => {
    void registerPwa();
    // An installed app can stay open for days; look for a new version whenever it comes back into view.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void checkForUpdate();
    });
  });
});
