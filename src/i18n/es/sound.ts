import type { soundMessages as english } from '../en/sound';
import type { Translation } from '../messages';

/** Cómo suena una sesión: con la pantalla apagada o junto con tu música; qué puede hacer este teléfono. */
export const soundMessages: Translation<typeof english> = {
  'sound.mode.title': 'Sonido con la pantalla apagada',
  'sound.mode.legend': '¿Cómo quieres que suenen las indicaciones?',
  'sound.mode.screenOff': 'Seguir guiándome con la pantalla apagada',
  'sound.mode.screenOffHint': 'Las indicaciones siguen cuando el teléfono se bloquea o usas otra app, y puedes pausar y saltar desde la pantalla de bloqueo o los audífonos. La música de otras apps se detiene durante la sesión.',
  'sound.mode.mix': 'Mezclar con mi música',
  'sound.mode.mixHint': 'Las indicaciones suenan sobre tu música o pódcast. La pantalla se queda encendida durante la sesión; si se apaga, las indicaciones pueden detenerse.',
  'sound.support.title': 'En este teléfono',
  'sound.support.screenOff.yes': 'Las indicaciones pueden seguir sonando con la pantalla apagada.',
  'sound.support.screenOff.no': 'Este navegador no puede seguir con las indicaciones con la pantalla apagada. Mantén la pantalla encendida durante la sesión.',
  'sound.support.silentSwitch': 'Con la pantalla apagada, las indicaciones suenan aunque el interruptor de silencio esté activado.',
  'sound.support.wakeLock.yes': 'La pantalla puede quedarse encendida durante la sesión.',
  'sound.support.wakeLock.no': 'Este navegador no puede mantener la pantalla encendida. Ayuda poner más tiempo de bloqueo automático en los ajustes del teléfono.',
  'sound.support.controls.yes': 'Los botones de los audífonos y de la pantalla de bloqueo pueden pausar, reanudar y saltar.',
  'sound.support.controls.no': 'En este navegador, los botones de los audífonos y de la pantalla de bloqueo no llegan a Flarewise.',
};
