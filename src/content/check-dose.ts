import {
  type Check, type Report, boolean, checkObject, fieldAt, integer, isRecord, optional, required,
} from './check-fields';

const DOSE_FIELDS = {
  sets: required(integer(1, 5, '-set')),
  reps: required(integer(1, 30, '-rep')),
  holdSeconds: optional(integer(1, 180, ' s')),
  // Up to 20 s: one slow breathing cycle (box breathing is 4 + 4 + 4 + 4 s) is one paced rep.
  repSeconds: optional(integer(1, 20, ' s')),
  releaseSeconds: optional(integer(0, 30, ' s')),
  perSide: required(boolean),
  restSeconds: required(integer(0, 180, ' s')),
};

/** A dose within safe bounds that says how it is paced (a hold length or a rep length). */
export const dose: Check = (value, field, report) => {
  if (!checkObject(value, field, DOSE_FIELDS, report)) return;
  if (value['holdSeconds'] === undefined && value['repSeconds'] === undefined) {
    report(field, 'needs holdSeconds or repSeconds, or it cannot be paced');
  }
};

/** Reports every key where the tier's dose differs from the exercise's own dose. */
export function checkGreenMatchesDose(green: unknown, base: unknown, field: string, report: Report): void {
  if (!isRecord(green) || !isRecord(base)) return;
  for (const key of Object.keys(DOSE_FIELDS)) {
    if (green[key] !== base[key]) {
      report(fieldAt(field, key), `${show(green[key])} must equal dose.${key} (${show(base[key])})`);
    }
  }
}

// Rest and release may grow on a bad day; the work itself must not.
const CAPPED_KEYS = ['sets', 'reps', 'holdSeconds'] as const;

function checkNotAbove(lower: unknown, upper: unknown, field: string, upperTier: string, report: Report): void {
  if (!isRecord(lower) || !isRecord(upper)) return;
  for (const key of CAPPED_KEYS) {
    const mine = lower[key];
    const cap = upper[key];
    if (typeof mine === 'number' && typeof cap === 'number' && mine > cap) {
      report(fieldAt(field, key), `${mine} is more than ${upperTier}'s ${cap}`);
    }
  }
}

const TIER_FIELDS = { green: required(dose), amber: optional(dose), red: optional(dose) };

/** Per-tier doses: green is required, and amber and red never ask for more work than the tier above. */
export const tiers: Check = (value, field, report) => {
  if (!checkObject(value, field, TIER_FIELDS, report)) return;
  const { green, amber, red } = value;
  checkNotAbove(amber, green, fieldAt(field, 'amber'), 'green', report);
  checkNotAbove(red, green, fieldAt(field, 'red'), 'green', report);
  checkNotAbove(red, amber, fieldAt(field, 'red'), 'amber', report);
};

const show = (value: unknown): string => (value === undefined ? 'absent' : JSON.stringify(value));
