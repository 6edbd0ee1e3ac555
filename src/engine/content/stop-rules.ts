/**
 * When to stop, for every exercise, on top of its own `stopIf` list: a joint turning hot or swollen, and pain
 * that has not settled within about 2 hours or by the next morning (src/engine/clinical/README.md, "Content").
 * The screens add these to every exercise, so no exercise file repeats them and none can leave them out.
 */
export type SharedStopRule = 'hotJoint' | 'notSettled';

/** The stop rules every exercise carries, in the order they are shown. */
export const SHARED_STOP_RULES: readonly SharedStopRule[] = ['hotJoint', 'notSettled'];
