/**
 * Startup side effects for the PWA, loaded by index.html before the UI: capture the install prompt
 * (it can fire before the first screen renders) and register the service worker.
 */
import { captureInstallPrompt } from './install';
import { checkForUpdate, registerPwa } from './register';

captureInstallPrompt();
void registerPwa();

// An installed app can stay open for days; look for a new version whenever it comes back into view.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void checkForUpdate();
});
