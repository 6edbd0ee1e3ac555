import type { pwaMessages as english } from '../en/pwa';
import type { Translation } from '../messages';

/** Install, update and offline strings. */
export const pwaMessages: Translation<typeof english> = {
  'pwa.updateReady': 'Hay una versión nueva de Flarewise lista.',
  'pwa.update': 'Actualizar',
  'pwa.offlineReady': 'Flarewise ya funciona sin conexión.',
  'pwa.ok': 'Entendido',
  'pwa.install': 'Instalar la app',
  'pwa.installWhy': 'Instala Flarewise para abrirla desde tu pantalla de inicio, aunque no tengas señal.',
  'pwa.iosSteps': 'Para instalarla en iPhone o iPad: toca Compartir y luego Agregar a inicio.',
};
