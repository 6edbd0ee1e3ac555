/** Storage trouble and the link to "Your data": always loaded, since any screen may need them. */
export const storageMessages = {
  'data.link': 'Your data',
  'reminders.link': 'Reminders',
  'reminders.linkWhy': 'A calendar reminder on the days and at the time you choose.',
  'data.linkWhy': 'Save a copy of your progress, bring it back, or delete it.',
  'data.problem.full': 'the device storage is full; free some space, or save a copy under Settings → Your data',
  'data.problem.timeout': 'the storage did not respond; private browsing can cause this',
  'data.problem.blocked': 'Flarewise is open in another tab with an older version; close that tab',
  'data.problem.closed': 'Flarewise was changed in another tab; reload to continue',
  'data.problem.unavailable': 'this browser is not letting Flarewise store data; private browsing can cause this',
  'data.updated': 'Flarewise was updated in another tab. Reload to continue.',
  'data.deleted': 'Your data was deleted in another tab. Reload to continue.',
  'data.blocked': 'Flarewise is open in another tab with an older version. Close that tab to continue.',
  'data.reload': 'Reload',
  'data.sessionKept': 'This session keeps going; what you do now may not be saved.',
  'data.sessionNotSaved': 'This session keeps going, but it cannot be saved right now.',
} as const;
