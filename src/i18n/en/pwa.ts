/** Install, update and offline strings. */
export const pwaMessages = {
  'pwa.updateReady': 'A new version of Flarewise is ready.',
  'pwa.update': 'Update',
  'pwa.offlineReady': 'Flarewise is ready to work offline.',
  'pwa.ok': 'OK',
  'pwa.install': 'Install app',
  'pwa.installWhy': 'Install Flarewise to open it from your home screen, even with no signal.',
  'pwa.iosSteps': 'To install on iPhone or iPad: tap Share, then Add to Home Screen.',
} as const;
