/** The guided session's own words: the big count, the breath pacer, and the controls beyond the core ones. */
export const playerMessages = {
  'phase.work.breathe': 'Breathe',
  'phase.waiting': 'Ready when you are',
  'player.startNext': 'Start',
  'player.startExercise': 'Start {name}',
  'player.round': 'Round {hold} of {holds}',
  'player.ofBreaths': 'of {reps} breaths',
  'player.ofBreaths.one': 'of 1 breath',
  'player.breatheIn': 'Breathe in…',
  'player.breatheOut': '…and out',
  'player.ofReps': 'of {reps}',
  'player.longerRest': '+{seconds} s more time',
  'player.nextStep': 'Next step',
} as const;
