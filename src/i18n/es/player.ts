import type { playerMessages as english } from '../en/player';
import type { Translation } from '../messages';

/** The guided session's own words: the big count, the breath pacer, and the controls beyond the core ones. */
export const playerMessages: Translation<typeof english> = {
  'player.ofReps': 'de {reps}',
  'player.longerRest': '+{seconds} s más',
  'player.nextStep': 'Paso siguiente',
};
