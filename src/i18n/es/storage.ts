import type { storageMessages as english } from '../en/storage';
import type { Translation } from '../messages';

/** Storage trouble and the link to "Your data": always loaded, since any screen may need them. */
export const storageMessages: Translation<typeof english> = {
  'data.link': 'Tus datos',
  'reminders.link': 'Recordatorios',
  'reminders.linkWhy': 'Un recordatorio en tu calendario los días y a la hora que elijas.',
  'data.linkWhy': 'Guarda una copia de tu progreso, recupérala o bórrala.',
  'data.problem.full': 'el almacenamiento del dispositivo está lleno; libera algo de espacio o guarda una copia en Ajustes → Tus datos',
  'data.problem.timeout': 'el almacenamiento no respondió; la navegación privada puede causar esto',
  'data.problem.blocked': 'Flarewise está abierta en otra pestaña con una versión anterior; cierra esa pestaña',
  'data.problem.closed': 'Flarewise cambió en otra pestaña; vuelve a cargar para seguir',
  'data.problem.unavailable': 'este navegador no deja que Flarewise guarde datos; la navegación privada puede causar esto',
  'data.updated': 'Flarewise se actualizó en otra pestaña. Vuelve a cargar para seguir.',
  'data.deleted': 'Tus datos se borraron en otra pestaña. Vuelve a cargar para seguir.',
  'data.blocked': 'Flarewise está abierta en otra pestaña con una versión anterior. Cierra esa pestaña para seguir.',
  'data.reload': 'Volver a cargar',
  'data.sessionKept': 'Esta sesión sigue; puede que lo que hagas ahora no se guarde.',
  'data.sessionNotSaved': 'Esta sesión sigue, pero ahora mismo no se puede guardar.',
};
