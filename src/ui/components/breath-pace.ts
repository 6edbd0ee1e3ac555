/** One paced breath: in for 4 s, out for 6 s, a slow breath out longer than the breath in, as the breathing exercises ask. */
export const BREATH_IN_MS = 4000;
export const BREATH_OUT_MS = 6000;

/** Where in the paced breath `elapsedMs` falls: breathing in or out, and how full the shape is (0 to 1). */
export function breathAt(elapsedMs: number): { inhaling: boolean; fullness: number } {
  const into = ((elapsedMs % (BREATH_IN_MS + BREATH_OUT_MS)) + BREATH_IN_MS + BREATH_OUT_MS) % (BREATH_IN_MS + BREATH_OUT_MS);
  if (into < BREATH_IN_MS) return { inhaling: true, fullness: into / BREATH_IN_MS };
  return { inhaling: false, fullness: 1 - (into - BREATH_IN_MS) / BREATH_OUT_MS };
}
