/** The guided session's own words: the big count, the breath pacer, and the controls beyond the core ones. */
export const playerMessages = {
  'player.ofReps': 'of {reps}',
  'player.longerRest': '+{seconds} s more time',
  'player.nextStep': 'Next step',
} as const;
