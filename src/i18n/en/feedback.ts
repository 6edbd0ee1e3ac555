import { addMessages } from '../messages';

/** Pain during a session, the questions after it, and what changed in the level. */
export const feedbackMessages = {
  'pain.noted': 'Pain {level} of 10 noted. Go gently; stop if it gets worse.',
  'painStop.title': 'Let’s stop {name} here',
  'painStop.body': 'Pain {level} of 10 is above today’s limit of {limit}. Stopping was the right thing to do.',
  'painStop.easier': 'Try {name} instead',
  'painStop.easierHint': 'A gentler exercise for the same area, at today’s dose.',
  'painStop.noEasier': 'There is no gentler version of this exercise for today.',
  'painStop.skip': 'Go on to the next exercise',
  'painStop.finish': 'Finish the session here',
  'painStop.end': 'End the session',
  'summary.stoppedForPain': 'Stopped for pain',
  'feedback.title': 'How did it go?',
  'feedback.painNow': 'Pain now',
  'feedback.painHint': '0 is no pain, 10 is the worst you can imagine.',
  'feedback.effort': 'How did the session feel?',
  'feedback.effort.too-easy': 'Too easy',
  'feedback.effort.about-right': 'About right',
  'feedback.effort.too-hard': 'Too hard',
  'feedback.save': 'Save my answers',
  'feedback.chooseEffort': 'Choose how the session felt to save.',
  'feedback.saving': 'Saving…',
  'feedback.saved': 'Thank you, saved.',
  'feedback.failed': 'Your answers could not be saved ({reason}). Try again, or leave it for today.',
  'feedback.tip': 'A comfort tip',
  'level.worseMorning': 'You felt worse this morning, so your next session is one step easier.',
  'level.painStop': 'An exercise was stopped for pain, so your next session is one step easier.',
  'level.tooHard': 'You found this session too hard, so your next session is one step easier.',
  'level.atFloor': 'This was hard on you and you are already at the easiest step: keep it gentle, and tell your care team if it stays hard.',
  'level.stepUp': 'Your last three sessions went well with no setbacks, so your next session is one step harder.',
  'level.atTop': 'Your sessions are going well and you are at the top step: keep going as you are.',
  'level.sameMorning': 'You felt the same this morning, so your next session stays at the same level.',
  'level.steady': 'Your next session stays at the same level.',
  'level.firstSession': 'Your next session stays at the same level.',
} as const;

addMessages(feedbackMessages);
