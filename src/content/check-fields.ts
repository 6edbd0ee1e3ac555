/** Reports one problem with the field at a path such as `tiers.amber.reps` or `steps[2]`. */
export type Report = (field: string, message: string) => void;

/** Checks one JSON value found at `field`, reporting every problem it finds. */
export type Check = (value: unknown, field: string, report: Report) => void;

/** How one key of an object is checked, and whether it may be left out. */
export interface FieldSpec {
  check: Check;
  optional: boolean;
}

/** The complete set of keys an object may have; any other key is refused. */
export type Fields = Readonly<Record<string, FieldSpec>>;

/** A key that must be present. */
export const required = (check: Check): FieldSpec => ({ check, optional: false });

/** A key that may be left out (but not set to null). */
export const optional = (check: Check): FieldSpec => ({ check, optional: true });

/** The path of `key` inside the object at `field`. */
export const fieldAt = (field: string, key: string): string => (field === '' ? key : `${field}.${key}`);

/** Whether a JSON value is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an object has every required key, no unknown key, and that each key's value passes its check. */
export function checkObject(
  value: unknown, field: string, fields: Fields, report: Report,
): value is Record<string, unknown> {
  if (!isRecord(value)) {
    report(field, 'must be an object');
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key)) report(fieldAt(field, key), 'is not a known field');
  }
  for (const [key, spec] of Object.entries(fields)) {
    if (value[key] !== undefined) spec.check(value[key], fieldAt(field, key), report);
    else if (!spec.optional) report(fieldAt(field, key), 'is required');
  }
  return true;
}

/** A non-empty string with no leading or trailing white space. */
export const text: Check = (value, field, report) => {
  if (typeof value !== 'string') report(field, 'must be a string');
  else if (value.trim() === '') report(field, 'must not be empty');
  else if (value !== value.trim()) report(field, 'must not start or end with white space');
};

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An id: kebab-case, such as `glute-bridge`. */
export const kebabId: Check = (value, field, report) => {
  if (typeof value !== 'string') report(field, 'must be a string');
  else if (!KEBAB_CASE.test(value)) report(field, `"${value}" is not kebab-case (like "glute-bridge")`);
};

/** true or false. */
export const boolean: Check = (value, field, report) => {
  if (typeof value !== 'boolean') report(field, 'must be true or false');
};

/** A whole number from `min` to `max`; `unit` reads into messages ("the 180 s maximum", "the 5-set maximum"). */
export function integer(min: number, max: number, unit: string): Check {
  return (value, field, report) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) report(field, `must be a whole number, not ${JSON.stringify(value)}`);
    else if (value < min) report(field, `${value} is under the ${min}${unit} minimum`);
    else if (value > max) report(field, `${value} is over the ${max}${unit} maximum`);
  };
}

/** One of a fixed list of strings (the enum arrays in content-types.ts). */
export function oneOf(allowed: readonly string[]): Check {
  return (value, field, report) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      report(field, `${JSON.stringify(value)} is not one of: ${allowed.join(', ')}`);
    }
  };
}

/** A list of `min` to `max` items, each passing `item`. */
export function listOf(item: Check, min = 0, max = Number.POSITIVE_INFINITY): Check {
  return (value, field, report) => {
    if (!Array.isArray(value)) {
      report(field, 'must be a list');
      return;
    }
    if (value.length < min || value.length > max) {
      const wanted = max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min} to ${max}`;
      report(field, `has ${value.length} items; needs ${wanted}`);
    }
    value.forEach((entry, index) => item(entry, `${field}[${index}]`, report));
  };
}

/** A list of distinct entries, each one of `allowed`. */
export function setOf(allowed: readonly string[]): Check {
  return (value, field, report) => {
    listOf(oneOf(allowed))(value, field, report);
    if (Array.isArray(value) && new Set(value).size !== value.length) report(field, 'lists an entry twice');
  };
}
