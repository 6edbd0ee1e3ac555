/**
 * Every string the user sees, in one catalogue. A translation is another object of the
 * same shape; components only ever call `t(key, params)`.
 */
export const en = {
  'app.name': 'Flarewise',
  'app.tagline': 'Gentle back and hip routines, paced for lupus.',
  'app.disclaimer': 'Flarewise does not replace your care team. Check your programme with your rheumatologist or physiotherapist.',
  'nav.home': 'Today',
  'nav.settings': 'Settings',
  'nav.back': 'Back',

  'home.greeting.morning': 'Good morning',
  'home.greeting.afternoon': 'Good afternoon',
  'home.greeting.evening': 'Good evening',
  'home.choose': 'Choose a routine',
  'home.minutes': 'About {minutes} min',
  'home.exercises': '{count} exercises',
  'home.start': 'Start',
  'home.resume.title': 'Resume where you left off?',
  'home.resume.body': '{routine}, paused at {exercise}.',
  'home.resume.action': 'Resume',
  'home.resume.discard': 'Start fresh',
  'home.storageProblem': 'Your progress cannot be saved on this device right now ({reason}). You can still follow a session.',

  'phase.ready': 'Get ready',
  'phase.work.reps': 'Go',
  'phase.work.hold': 'Hold',
  'phase.release': 'Release and relax',
  'phase.switch': 'Switch sides',
  'phase.rest': 'Rest',
  'phase.transition': 'Next up',
  'phase.paused': 'Paused',
  'phase.finished': 'Session complete',

  'player.set': 'Set {set} of {sets}',
  'player.rep': 'Rep {rep} of {reps}',
  'player.hold': 'Hold {hold} of {holds}',
  'player.side.left': 'Left side',
  'player.side.right': 'Right side',
  'player.next': 'Next: {name}',
  'player.lastExercise': 'Last exercise',
  'player.exerciseOf': 'Exercise {n} of {total}',
  'player.timeLeft': '{time} left in this session',
  'player.secondsLeft': '{seconds} seconds left',
  'player.pause': 'Pause',
  'player.resume': 'Resume',
  'player.skip': 'Skip',
  'player.back': 'Back',
  'player.end': 'End',
  'player.endConfirm': 'End the session now? What you have done is kept.',
  'player.endYes': 'Yes, end now',
  'player.endNo': 'Keep going',
  'player.pain': 'Pain',
  'player.painTitle': 'How much does it hurt right now?',
  'player.painHint': '0 is no pain, 10 is the worst pain you can imagine.',
  'player.painCancel': 'Cancel',
  'player.painLogged': 'Pain {level} of 10 noted. Go gently.',
  'player.soundBlocked': 'Sound is off. Tap to turn it on.',
  'player.soundUnavailable': 'Sound cannot play on this device. Watch the screen for cues.',
  'player.announce.work': '{name}. {phase}. {detail}',
  'player.illustrationMissing': 'No picture for this exercise',

  'cue.countdown-3': '3',
  'cue.countdown-2': '2',
  'cue.countdown-1': '1',
  'cue.start': 'Begin',
  'cue.hold': 'Hold',
  'cue.release': 'Release',
  'cue.rep': 'Next rep',
  'cue.switch-sides': 'Switch sides',
  'cue.rest': 'Rest',
  'cue.next-exercise': 'Next exercise',
  'cue.exercise-done': 'Exercise done',
  'cue.session-complete': 'Session complete',
  'cue.get-ready': 'Get ready',
  'cue.well-done': 'Well done',

  'summary.title': 'Well done',
  'summary.body': 'You spent {minutes} taking care of your back and hips.',
  'summary.endedEarly': 'You stopped early, and that is fine. Listening to your body is part of the work.',
  'summary.done': '{sets} of {planned} sets · {reps} reps · {seconds} s',
  'summary.skipped': 'Skipped',
  'summary.notReached': 'Not reached',
  'summary.pain': 'Pain noted: {levels}',
  'summary.home': 'Back to today',
  'summary.saveFailed': 'This session could not be saved ({reason}). It is still shown here.',

  'settings.title': 'Settings',
  'settings.sound': 'Sound cues',
  'settings.voice': 'Spoken prompts',
  'settings.speakNames': 'Say exercise names',
  'settings.volume': 'Volume',
  'settings.vibration': 'Vibrate on cues',
  'settings.leadIn': 'Get-ready time before the first exercise',
  'settings.seconds': '{seconds} seconds',
  'settings.test': 'Play a test sound',
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;

/** Looks up a message and fills in `{name}` placeholders. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Formats milliseconds as m:ss (or s when under a minute) for the countdown. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes ? `${minutes}:${String(seconds).padStart(2, '0')}` : String(seconds);
}

/** Formats a duration for prose: "12 minutes", "1 minute", "40 seconds". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const seconds = Math.round(ms / 1000);
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
