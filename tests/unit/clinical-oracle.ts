/**
 * The oracle of the plan properties (clinical-properties.test.ts): what the rules forbid, read straight from
 * each exercise's movement with this module's own small code, written from the rules in
 * src/engine/clinical/README.md. It never imports the engine's tag tables or its derive function.
 */
import { expect } from 'vitest';
import type { Dose, Exercise, Library, Routine, Tier } from '../../src/engine/content/content-types';
import type { JointRegion, Movement } from '../../src/engine/content/movement-types';
import type { PrecautionProfile, TriageOutcome } from '../../src/engine/clinical/check-in-types';
import type { PlanOptions, RoutinePlan } from '../../src/engine/clinical/routine-plan';

export const REGIONS: readonly JointRegion[] = ['hips', 'knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows'];
const ON_FEET = ['two-feet', 'split-stance', 'walking', 'one-foot', 'heel-to-toe'];

/** Whether body weight goes through a region: the base of support puts it there, or the movement says so. */
function bearsWeight(m: Movement, region: JointRegion): boolean {
  if (m.weightThrough.includes(region)) return true;
  if (ON_FEET.includes(m.base)) return region === 'hips' || region === 'knees' || region === 'ankles-feet';
  if (m.base === 'hands-and-knees') return region === 'hands-wrists' || region === 'shoulders-elbows' || region === 'knees';
  if (m.base === 'forearms-and-knees') return region === 'shoulders-elbows' || region === 'knees';
  return false;
}

const resisted = (m: Movement, part: string) => (m.load.kind === 'band' || m.load.kind === 'body-weight') && (m.load.at as string[]).includes(part);
const loadsHip = (m: Movement) => bearsWeight(m, 'hips') || resisted(m, 'hips');

/** What the precaution profile forbids (README "Precautions"), in this test's own words. */
export function profileForbids(p: PrecautionProfile, m: Movement): string | undefined {
  const s = m.spine;
  const bones = p.steroidsLongTerm || p.osteoporosis || p.vertebralFracture;
  if (bones && s.flexion !== 'none' && (s.assisted || resisted(m, 'spine'))) return 'loaded flexion';
  if (bones && (s.flexion === 'end-range' || s.rotation === 'end-range')) return 'end-range flexion or twist';
  if (bones && s.flexion !== 'none' && s.rotation !== 'none') return 'flexion with rotation';
  if (p.vertebralFracture && (m.impact || (s.extension === 'end-range' && (s.assisted || resisted(m, 'spine'))))) return 'fracture';
  if ((p.avnHip || p.hipReplacement) && !p.clearedBySpecialist && (loadsHip(m) || m.impact)) return 'protected hip';
  const posterior = p.hipReplacement && p.hipReplacementApproach !== 'anterior';
  if (posterior && (m.hip.flexionDegrees > 90 || m.hip.crossesMidline || m.hip.inwardRotation !== 'none')) return 'posterior hip';
  const anterior = p.hipReplacement && p.hipReplacementApproach !== 'posterior';
  if (anterior && m.hip.extensionPastNeutral && m.hip.outwardRotation !== 'none') return 'anterior hip';
  if (p.bloodThinners && (m.base === 'one-foot' || m.base === 'heel-to-toe')) return 'fall';
  if (p.activeMyositis && (m.load.kind === 'band' || m.load.kind === 'body-weight')) return 'myositis';
  if (p.handArthritis && bearsWeight(m, 'hands-wrists')) return 'hands';
  return undefined;
}

/** What today forbids: hip caution, hot regions, the tier's kind of work (README "Tiers", "Inflamed joints"). */
function dayForbids(e: Exercise, tier: Tier, hot: readonly JointRegion[], outcome: TriageOutcome): string | undefined {
  const m = e.movement;
  const deepHip = m.hip.flexionDegrees > 90 || m.hip.inwardRotation === 'end-range' || m.hip.outwardRotation === 'end-range';
  if (outcome === 'caution' && (loadsHip(m) || m.impact || deepHip)) return 'hip caution';
  for (const r of hot) {
    if (bearsWeight(m, r) || (m.load.kind !== 'none' && (m.load.at as string[]).includes(r)) || (m.stretches as string[]).includes(r)) return `hot ${r}`;
    if (m.continuous && m.moves.includes(r)) return `hot ${r} kept moving`;
  }
  const resists = m.load.kind === 'band' || m.load.kind === 'body-weight';
  if (tier === 'amber' && (resists || m.impact || ['strength', 'balance'].includes(e.category))) return 'amber';
  if (tier === 'red' && (resists || m.impact || m.stretches.length > 0 || !['breathing', 'mobility'].includes(e.category))) return 'red';
  return undefined;
}

/** Seconds of work in a dose: every rep or hold, each side, and the rests between sets. */
function seconds(d: Dose): number {
  return d.sets * d.reps * (d.repSeconds ?? (d.holdSeconds ?? 0) + (d.releaseSeconds ?? 0)) * (d.perSide ? 2 : 1) + (d.sets - 1) * d.restSeconds;
}

/** Whether a dose keeps to its tier's cap, measured against the green dose this routine entry would play. */
function withinCap(dose: Dose, green: Dose, tier: Tier, level: number): boolean {
  if (tier === 'red') return dose.sets === 1 && dose.reps <= 3;
  if (tier === 'amber') {
    const halfTime = seconds(dose) <= seconds(green) / 2 || (dose.sets === 1 && dose.reps === 1);
    return halfTime && dose.sets <= Math.max(1, Math.ceil(green.sets / 2)) && dose.reps <= green.reps;
  }
  const up = Math.max(0, level);
  const repsCap = green.holdSeconds === undefined ? Math.max(green.reps, Math.min(green.reps + up, 20)) : green.reps;
  const holdCap = green.holdSeconds === undefined ? Infinity : Math.max(green.holdSeconds, Math.min(green.holdSeconds + 5 * up, 60));
  return dose.sets <= green.sets && dose.reps <= repsCap && (dose.holdSeconds ?? 0) <= holdCap;
}

/** Every property a plan must keep, whatever the profile, tier, routine, level and hot joints. */
export function expectSafePlan(plan: RoutinePlan, routine: Routine, library: Library, options: PlanOptions): void {
  const tier = options.triage.outcome === 'see-doctor' ? 'red' : options.tier;
  expect(plan.tier).toBe(tier);
  for (const item of plan.items) {
    const e = item.exercise;
    const label = `${e.id} in ${tier}`;
    expect(profileForbids(options.profile, e.movement), label).toBeUndefined();
    expect(dayForbids(e, tier, options.hotJoints, options.triage.outcome), label).toBeUndefined();
    const all = [...routine.warmUp, ...routine.main, ...routine.coolDown];
    const entries = all.filter((entry) => entry.exercise === e.id);
    const own = e.tiers.green ?? e.dose;
    // Past the top of a range (green only) an entry's harder variant comes in at its own prescription.
    const harderOfAnEntry = tier === 'green' && options.level > 3 && all.some((entry) => library.exercises.get(entry.exercise)?.harder === e.id);
    const greens = item.replaces !== undefined ? [own] : [...entries.map((entry) => entry.dose ?? own), ...(harderOfAnEntry ? [own] : [])];
    expect(greens.length, `${label} is in the routine, stands in for an entry or is an entry's harder variant`).toBeGreaterThan(0);
    const fits = greens.some((green) => withinCap(item.dose, tier === 'green' ? green : smaller(green, own), tier, options.level));
    expect(fits, `${label}: ${JSON.stringify(item.dose)}`).toBe(true);
    if (options.hotJoints.some((r) => e.movement.moves.includes(r))) expect(item.dose, `${label} moves a hot joint`).toMatchObject({ sets: 1, reps: 1 });
  }
  const scheduled = new Set(plan.items.map((i) => i.exercise.id));
  for (const left of plan.leftOut) expect(scheduled.has(left.exerciseId), left.exerciseId).toBe(false);
}

/** The smaller work of a routine's own dose and the prescription (a routine never lifts a bad day; rests may grow). */
function smaller(a: Dose, b: Dose): Dose {
  const hold = a.holdSeconds === undefined || b.holdSeconds === undefined ? b.holdSeconds : Math.min(a.holdSeconds, b.holdSeconds);
  const work = { ...b, sets: Math.min(a.sets, b.sets), reps: Math.min(a.reps, b.reps), restSeconds: Math.max(a.restSeconds, b.restSeconds) };
  return hold === undefined ? work : { ...work, holdSeconds: hold };
}
