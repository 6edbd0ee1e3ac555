import type { TriageCorrection, TriageResult } from './check-in-types';

/** A check-in as far as its corrections go. */
interface Corrected {
  at: number;
  triage: TriageResult;
  corrected?: readonly TriageCorrection[];
}

/**
 * The corrections a replacing check-in of the same day keeps (README section 2, "I answered by mistake"): the
 * replaced one's earlier corrections, and its own triage when that was a warning the new answers no longer give.
 * The event is kept, marked corrected, never deleted.
 */
export function correctionsAfter(replaced: Corrected | undefined, next: TriageResult): TriageCorrection[] {
  if (replaced === undefined) return [];
  const earlier = [...(replaced.corrected ?? [])];
  const was = replaced.triage;
  if (was.outcome === 'none' || was.outcome === next.outcome) return earlier;
  return [...earlier, { at: replaced.at, outcome: was.outcome, reasons: [...was.reasons] }];
}
