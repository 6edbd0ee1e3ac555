import type { playerMessages as english } from '../en/player';
import type { Translation } from '../messages';

/** The guided session's own words: the big count, the breath pacer, and the controls beyond the core ones. */
export const playerMessages: Translation<typeof english> = {
  'phase.work.breathe': 'Respira',
  'phase.waiting': 'Cuando quieras',
  'player.startNext': 'Empezar',
  'player.startExercise': 'Empezar {name}',
  'player.round': 'Ronda {hold} de {holds}',
  'player.ofBreaths': 'de {reps} respiraciones',
  'player.ofBreaths.one': 'de 1 respiración',
  'player.breatheIn': 'Inhala…',
  'player.breatheOut': '…y exhala',
  'player.ofReps': 'de {reps}',
  'player.longerRest': '+{seconds} s más',
  'player.nextStep': 'Paso siguiente',
};
