/** How a session's sound behaves: with the screen off, or mixed with the person's music; what this phone can do. */
export const soundMessages = {
  'sound.mode.title': 'Sound with the screen off',
  'sound.mode.legend': 'How should cues play?',
  'sound.mode.screenOff': 'Keep coaching with the screen off',
  'sound.mode.screenOffHint': 'Cues keep going when the phone locks or another app is in front, and the lock screen and headphone buttons can pause and skip. Music from other apps stops during a session.',
  'sound.mode.mix': 'Mix with my music',
  'sound.mode.mixHint': 'Cues play over your music or podcast. The screen stays on during a session; if it turns off, cues may stop.',
  'sound.support.title': 'On this phone',
  'sound.support.screenOff.yes': 'Cues can keep playing with the screen off.',
  'sound.support.screenOff.no': 'This browser cannot keep cues playing with the screen off. Keep the screen on during a session.',
  'sound.support.silentSwitch': 'With the screen off, cues play even when the silent switch is on.',
  'sound.support.wakeLock.yes': 'The screen can stay on during a session.',
  'sound.support.wakeLock.no': 'This browser cannot keep the screen on. A longer auto-lock time in the phone’s settings helps.',
  'sound.support.controls.yes': 'Headphone and lock-screen buttons can pause, resume and skip.',
  'sound.support.controls.no': 'Headphone and lock-screen buttons do not reach Flarewise in this browser.',
} as const;
