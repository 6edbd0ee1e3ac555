import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTOR_CAP_EXEMPT, HOT_HIP_RULES, TIER_DOSE_CAPS, TRIAGE_QUESTIONS } from '../../src/engine/clinical/rules';
import {
  CATEGORIES, PRECAUTION_TAGS, TIERS, type Dose, type Exercise, type Library, type PrecautionTag, type Routine, type Tier,
} from '../../src/engine/content/content-types';
import type { HipApproach, HotRegion, PrecautionProfile, TriageOutcome, TriageQuestionId, YesNo } from '../../src/engine/clinical/check-in-types';
import { planRoutine, type PlanOptions, type RoutinePlan } from '../../src/engine/clinical/routine-plan';
import { triage } from '../../src/engine/clinical/triage';
import { FIXTURE_EXERCISES, FIXTURE_LIBRARY, FIXTURE_ROUTINES, checkIn, libraryOf } from './clinical-fixtures';

// ---- what CLINICAL.md section 4 forbids, written out again here so the table is checked, not echoed
function forbiddenTags(p: PrecautionProfile): Set<PrecautionTag> {
  const tags = new Set<PrecautionTag>();
  const add = (...more: PrecautionTag[]) => more.forEach((t) => tags.add(t));
  if (p.steroidsLongTerm || p.osteoporosis || p.vertebralFracture) add('spinal-flexion-loaded', 'flexion-rotation');
  if (p.vertebralFracture) add('impact');
  if ((p.avnHip || p.hipReplacement) && !p.clearedBySpecialist) add('hip-loading', 'impact');
  if (p.hipReplacement && p.hipReplacementApproach !== 'anterior') add('deep-hip-flexion', 'crossing-legs', 'inward-hip-rotation');
  if (p.activeMyositis) add('resistance');
  if (p.bloodThinners) add('fall-risk');
  return tags;
}

/** Whether an exercise works the hip (regions or hip tags). */
function worksHip(e: Exercise): boolean {
  return e.regions.includes('hip') || e.tags.some((t) => HOT_HIP_RULES.hipTags.includes(t));
}

/** The largest dose allowed for an exercise in a routine entry today (CLINICAL.md sections 3 and 5). */
function doseCeiling(e: Exercise, override: Dose | undefined, tier: Tier, level: number): { sets: number; reps: number; hold?: number } {
  const tierDose = e.tiers[tier];
  if (tierDose === undefined) throw new Error(`${e.id} scheduled in ${tier} without a ${tier} dose`);
  if (tier === 'green') {
    const p = override ?? tierDose;
    const up = Math.max(0, level);
    const hold = p.holdSeconds === undefined ? undefined : Math.max(p.holdSeconds, Math.min(p.holdSeconds + 5 * up, 60));
    const reps = p.holdSeconds === undefined ? Math.max(p.reps, Math.min(p.reps + up, 20)) : p.reps;
    return hold === undefined ? { sets: p.sets, reps } : { sets: p.sets, reps, hold };
  }
  const green = e.tiers.green ?? e.dose;
  const exempt = FACTOR_CAP_EXEMPT.includes(e.category);
  const cap = exempt ? { ...TIER_DOSE_CAPS[tier], setsFactor: 1, repsFactor: 1, holdFactor: 1 } : TIER_DOSE_CAPS[tier];
  const sets = Math.min(tierDose.sets, override?.sets ?? Infinity, cap.maxSets ?? Infinity, green.sets, Math.max(1, Math.ceil(green.sets * cap.setsFactor)));
  const reps = Math.min(tierDose.reps, override?.reps ?? Infinity, cap.maxReps ?? Infinity, green.reps, Math.max(1, Math.ceil(green.reps * cap.repsFactor)));
  const holds = [tierDose.holdSeconds, override?.holdSeconds, green.holdSeconds === undefined ? undefined
    : Math.max(Math.min(green.holdSeconds, 5), Math.ceil(green.holdSeconds * cap.holdFactor))];
  const defined = holds.filter((h): h is number => h !== undefined);
  return defined.length === 0 ? { sets, reps } : { sets, reps, hold: Math.min(...defined) };
}

/** Every property a plan must keep, whatever the profile, tier, routine, level and hot joints. */
function expectSafePlan(plan: RoutinePlan, routine: Routine, options: PlanOptions): void {
  const forbidden = forbiddenTags(options.profile);
  if (options.triage.outcome === 'caution') ['hip-loading', 'impact'].forEach((t) => forbidden.add(t as PrecautionTag));
  if (options.triage.outcome === 'see-doctor') expect(plan.tier).toBe('red');
  const entries = [...routine.warmUp, ...routine.main, ...routine.coolDown];
  for (const { exercise: e, dose } of plan.items) {
    expect(e.tags.filter((t) => forbidden.has(t))).toEqual([]);
    expect(dose.sets).toBeGreaterThanOrEqual(1);
    expect(dose.reps).toBeGreaterThanOrEqual(1);
    const fits = entries.filter((entry) => entry.exercise === e.id).some((entry) => {
      const c = doseCeiling(e, entry.dose, plan.tier, options.level);
      return dose.sets <= c.sets && dose.reps <= c.reps && (c.hold === undefined || (dose.holdSeconds ?? 0) <= c.hold);
    });
    expect(fits, `${e.id} ${JSON.stringify(dose)} in ${plan.tier} at level ${options.level}`).toBe(true);
    if (plan.tier === 'red') {
      expect(e.tags).not.toContain('resistance');
      expect(e.tags).not.toContain('impact');
      expect(['breathing', 'mobility', 'nerve-glide']).toContain(e.category);
      expect(dose.sets).toBe(1);
      expect(dose.reps).toBeLessThanOrEqual(3);
    }
    if (options.hotJoints.includes('hips')) {
      expect(e.tags).not.toContain('hip-loading');
      if (worksHip(e)) expect(e.category).not.toBe('stretch');
      if (worksHip(e) && plan.tier === 'red') expect(dose.reps).toBe(1);
    }
  }
  const scheduled = new Set(plan.items.map((i) => i.exercise.id));
  for (const left of plan.leftOut) {
    expect(scheduled.has(left.exercise.id)).toBe(false);
    expect(left.reason.startsWith(left.exercise.name)).toBe(true);
  }
}

const profileArb: fc.Arbitrary<PrecautionProfile> = fc.record({
  steroidsLongTerm: fc.boolean(), osteoporosis: fc.boolean(), vertebralFracture: fc.boolean(), avnHip: fc.boolean(),
  hipReplacement: fc.boolean(), clearedBySpecialist: fc.boolean(), bloodThinners: fc.boolean(), raynauds: fc.boolean(),
  photosensitivity: fc.boolean(), hipReplacementApproach: fc.constantFrom<HipApproach>('posterior', 'anterior', 'not-sure'),
  immunosuppressants: fc.boolean(), antiphospholipid: fc.boolean(), activeMyositis: fc.boolean(), handArthritis: fc.boolean(),
});
const optionsArb: fc.Arbitrary<PlanOptions> = fc.record({
  tier: fc.constantFrom<Tier>(...TIERS),
  profile: profileArb,
  hotJoints: fc.subarray<HotRegion>(['hips', 'knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows']),
  triage: fc.record({ outcome: fc.constantFrom<TriageOutcome>('none', 'caution', 'see-doctor') }),
  level: fc.integer({ min: -3, max: 3 }),
});

/** Custom routines built from any of the library's exercises, with or without dose overrides. */
function customRoutineArb(exercises: readonly Exercise[]): fc.Arbitrary<Routine> {
  const dose: fc.Arbitrary<Dose> = fc.record({
    sets: fc.integer({ min: 1, max: 4 }), reps: fc.integer({ min: 1, max: 25 }), perSide: fc.boolean(), restSeconds: fc.integer({ min: 0, max: 90 }),
  });
  const item = fc.record({ exercise: fc.constantFrom(...exercises.map((e) => e.id)), dose: fc.option(dose, { nil: undefined }) })
    .map(({ exercise, dose: d }) => (d === undefined ? { exercise } : { exercise, dose: d }));
  return fc.record({ warmUp: fc.array(item, { maxLength: 3 }), main: fc.array(item, { maxLength: 8 }), coolDown: fc.array(item, { maxLength: 3 }) })
    .map((parts) => ({ id: 'custom', name: 'My routine', purpose: '', suits: '', ...parts }));
}

/** Runs the plan properties over a library. */
function checkLibrary(library: Library, runs: number): void {
  const exercises = [...library.exercises.values()];
  const routineArb = fc.oneof(fc.constantFrom(...library.routines.values()), customRoutineArb(exercises));
  fc.assert(fc.property(routineArb, optionsArb, (routine, options) => {
    expectSafePlan(planRoutine(routine, library, options), routine, options);
  }), { numRuns: runs });
}

describe('clinical properties over every profile × tier × routine × level × hot joints (fixture library)', () => {
  it('covers every precaution tag and every category in the fixtures', () => {
    expect(FIXTURE_EXERCISES.length).toBeGreaterThanOrEqual(10);
    expect(FIXTURE_ROUTINES).toHaveLength(3);
    for (const tag of PRECAUTION_TAGS) expect(FIXTURE_EXERCISES.some((e) => e.tags.includes(tag)), tag).toBe(true);
    for (const category of CATEGORIES) expect(FIXTURE_EXERCISES.some((e) => e.category === category), category).toBe(true);
  });

  it('never schedules a ruled-out tag, never exceeds a tier cap, never loads or stretches a flared joint', () => {
    checkLibrary(FIXTURE_LIBRARY, 2000);
  }, 60_000);

  it('never schedules a ruled-out tag for any of the 512 profiles, exhaustively, on every fixture routine, tier and level', () => {
    const keys: (keyof PrecautionProfile)[] = ['steroidsLongTerm', 'osteoporosis', 'vertebralFracture', 'avnHip', 'hipReplacement',
      'clearedBySpecialist', 'bloodThinners', 'raynauds', 'photosensitivity'];
    const violations: string[] = [];
    for (let bits = 0; bits < 2 ** keys.length; bits += 1) {
      const profile = { ...Object.fromEntries(keys.map((k, i) => [k, (bits & (1 << i)) !== 0])), hipReplacementApproach: 'not-sure' } as unknown as PrecautionProfile;
      const forbidden = forbiddenTags(profile);
      for (const routine of FIXTURE_ROUTINES) {
        for (const tier of TIERS) {
          for (const level of [-3, 0, 3]) {
            const plan = planRoutine(routine, FIXTURE_LIBRARY, { tier, profile, hotJoints: [], triage: { outcome: 'none' }, level });
            const bad = plan.items.filter((i) => i.exercise.tags.some((t) => forbidden.has(t)));
            violations.push(...bad.map((i) => `${i.exercise.id} with profile ${bits} in ${tier}`));
          }
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('any emergency or urgent answer always yields no session', () => {
    const severe = TRIAGE_QUESTIONS.filter((q) => q.outcome === 'emergency' || q.outcome === 'urgent').map((q) => q.id);
    const answer = fc.option(fc.constantFrom<YesNo>('yes', 'no'), { nil: undefined });
    const answersArb = fc.tuple(...TRIAGE_QUESTIONS.map(() => answer)).map((values) => {
      const safety: Partial<Record<TriageQuestionId, YesNo>> = {};
      TRIAGE_QUESTIONS.forEach((q, i) => { const v = values[i]; if (v !== undefined) safety[q.id] = v; });
      return safety;
    });
    fc.assert(fc.property(answersArb, fc.constantFrom(...severe), profileArb, optionsArb, (safety, forced, profile, options) => {
      const result = triage(checkIn({ safety: { ...safety, [forced]: 'yes' } }), profile);
      expect(['emergency', 'urgent']).toContain(result.outcome);
      const plan = planRoutine(FIXTURE_ROUTINES[0] as Routine, FIXTURE_LIBRARY, { ...options, triage: result });
      expect(plan.items).toEqual([]);
      expect(plan.noSession?.message).toBe(result.message);
      expect(result.reasons.map((r) => r.id)).toContain(forced);
    }), { numRuns: 500 });
  });
});

// ---- the real content, read with node:fs in this test only (the engine stays pure)
interface NodeFs {
  existsSync(path: URL): boolean;
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs'; // a variable specifier: the project has no @types/node, so the import is typed by hand
const fs = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const EXERCISES_DIR = new URL('../../exercises/', import.meta.url);

/** The JSON files of a folder, parsed; files that do not parse are left to the content validator. */
function readJsonFolder(dir: URL): unknown[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => name.endsWith('.json')).flatMap((name) => {
    try { return [JSON.parse(fs.readFileSync(new URL(name, dir), 'utf8')) as unknown]; } catch { return []; }
  });
}

/** Whether a parsed file has the fields planning reads (full validation is src/content's job). */
function isPlannableExercise(value: unknown): value is Exercise {
  const e = value as Partial<Exercise> | null;
  return typeof e?.id === 'string' && typeof e.name === 'string' && typeof e.category === 'string' && Array.isArray(e.tags)
    && Array.isArray(e.regions) && typeof e.tiers === 'object' && typeof e.dose === 'object';
}

/** Whether a parsed file looks like a routine. */
function isRoutine(value: unknown): value is Routine {
  const r = value as Partial<Routine> | null;
  return typeof r?.id === 'string' && Array.isArray(r.warmUp) && Array.isArray(r.main) && Array.isArray(r.coolDown);
}

const realExercises = readJsonFolder(EXERCISES_DIR).filter(isPlannableExercise);
const realRoutines = readJsonFolder(new URL('routines/', EXERCISES_DIR)).filter(isRoutine);

describe.skipIf(realExercises.length < 6)(`clinical properties over the real exercises/ folder (${realExercises.length} exercises, ${realRoutines.length} routines)`, () => {
  it('never schedules a ruled-out tag, never exceeds a tier cap, never loads or stretches a flared joint', () => {
    const everything: Routine = { id: 'all', name: 'All', purpose: '', suits: '', warmUp: [], main: realExercises.map((e) => ({ exercise: e.id })), coolDown: [] };
    checkLibrary(libraryOf(realExercises, [...realRoutines, everything]), 1000);
  });
});
