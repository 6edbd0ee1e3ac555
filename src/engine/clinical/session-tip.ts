import type { ComfortTip } from './rules-comfort';
import { tipsFor, type TipContext } from './comfort-tips';

/** How the session went, as far as choosing a tip goes. */
export interface SessionStrain {
  /** Rated too hard, an exercise stopped for pain, or pain afterwards at or above HARD_PAIN_AFTER. */
  hard: boolean;
}

/** Pain right after a session from which the session counts as hard for tips (heuristic: the amber band starts at 4). */
export const HARD_PAIN_AFTER = 4;

// After a hard session comfort comes first: for a hot joint rest and a cool cloth, else warmth (Raynaud's: heat,
// never cold); on a flare day rest and pacing; otherwise how pain should settle (NHS leaflets). tipsFor has
// already dropped what does not fit the profile or the day (no heat on a hot-joint day).
const PREFERENCE = {
  hard: ['hot-joint-cool', 'hot-joint-raynauds', 'raynauds-warmth', 'heat-or-cold', 'pacing', 'pain-settles'],
  red: ['hot-joint-cool', 'hot-joint-raynauds', 'flare-rest', 'raynauds-warmth', 'pacing'],
  amber: ['hot-joint-cool', 'hot-joint-raynauds', 'pacing', 'raynauds-warmth', 'pain-settles'],
  green: ['pain-settles', 'massage', 'posture'],
} as const;

/** One short comfort tip for the end of a session (README "Comfort tips"), or undefined if none fits. */
export function tipAfterSession(context: TipContext, strain: SessionStrain): ComfortTip | undefined {
  const tips = tipsFor(context);
  const order: readonly string[] = strain.hard ? PREFERENCE.hard : PREFERENCE[context.tier];
  for (const id of order) {
    const tip = tips.find((t) => t.id === id);
    if (tip) return tip;
  }
  return undefined;
}
