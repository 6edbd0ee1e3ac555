/** Types for onset-match.mjs (which cues the hidden-tab bench heard), for the unit tests. */
export interface LevelBlock { at: number; rms: number }
export function riseBetween(level: LevelBlock[], from: number, to: number): number | undefined;
export function matchHeard(
  plannedAts: number[], heard: { onsets: number[]; starts?: { at: number }[]; level?: LevelBlock[]; gaps?: [number, number][] },
): { late: number[]; dropped: number; byStart: number; missed: number[]; inProbeGap: number };
