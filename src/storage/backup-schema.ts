import * as v from 'valibot';
import { isLocalDay } from '../engine/calendar/local-day';
import {
  HOT_REGIONS, TRIAGE_OUTCOMES, TRIAGE_QUESTION_IDS, type TriageQuestionId,
} from '../engine/clinical/check-in-types';
import { REGIONS_SINCE_VERSION, TRIAGE_CODES_SINCE_VERSION, upgradeCheckIn, type AnyStoredCheckIn } from './check-in-upgrade';
import { OUTCOMES_SINCE_VERSION, sessionFromV3 } from './session-upgrade';
import type { Routine } from '../engine/content/content-types';
import { DB_VERSION } from './schema';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';
import { SESSION_NOTE_MAX } from '../engine/session/session-note';

// Bounds are generous for real use and small enough that a hostile file cannot exhaust memory.
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const num = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
/** Milliseconds since 1970, up to the year 2286. */
const instant = num(0, 1e13);
/** A local day written YYYY-MM-DD that exists on the calendar (2026-02-30 and 2026-13-45 are refused). */
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/), v.check(isLocalDay, 'Not a day on the calendar'));
const tier = v.picklist(['green', 'amber', 'red']);
const optional = v.exactOptional;
/** A strict object that is not an array (valibot's object check alone lets [] through as {}). */
const record = <T extends v.ObjectEntries>(entries: T) =>
  v.pipe(v.unknown(), v.check((input) => !Array.isArray(input), 'Invalid type: Expected Object but received Array'), v.strictObject(entries));

const triageId = v.picklist(TRIAGE_QUESTION_IDS);
const safetyAnswer = v.picklist(['yes', 'no', 'checked']);
const outcome = v.picklist(TRIAGE_OUTCOMES);

const exerciseCounts = {
  exerciseId: id, name: text(500), setsPlanned: int(0, 1000), setsDone: int(0, 1000), repsDone: int(0, 1e6),
  secondsWorked: int(0, 1e7), painReports: list(num(0, 10), 1000),
};
const exerciseOutcome = record({ ...exerciseCounts, outcome: v.picklist(['done', 'partly', 'skipped', 'stopped-for-pain']) });
const sessionFields = {
  id, routineId: id, routineName: text(500), day, tier, level: int(-1000, 1000),
  startedAt: instant, endedAt: instant, activeSeconds: num(-1e7, 1e7),
  timeZone: optional(text(100)), effort: optional(v.picklist(['too-easy', 'about-right', 'too-hard'])),
  painAfter: optional(num(0, 10)), note: optional(text(SESSION_NOTE_MAX)),
};

/** One finished session as database version 6 stores it (StoredSession). */
export const sessionSchema = record({ ...sessionFields, exercises: list(exerciseOutcome, 500), finishLater: optional(v.boolean()) });

/** One session of a backup from database version 4 or before: flags per exercise and a session-wide "completed". */
const legacySession = record({
  ...sessionFields, completed: v.boolean(), stoppedForPain: v.optional(list(id, 500), []),
  exercises: list(record({
    ...exerciseCounts, skipped: v.boolean(), endedEarly: v.boolean(),
    // Sessions stored before pain stops were recorded lack the field: they had none.
    stoppedForPain: v.optional(v.boolean(), false),
  }), 500),
});

/** A session of an older file, mapped as the upgrade ladder maps it (session-upgrade.ts). */
const olderSessionSchema = v.pipe(legacySession, v.transform((old) => sessionFromV3(old)));

const flare = v.picklist(['none', 'mild', 'moderate', 'severe']);
const hotRegions = list(v.picklist(HOT_REGIONS), HOT_REGIONS.length);
const tierReason = v.union([
  record({ code: v.literal('flare'), value: flare }),
  record({ code: v.picklist(['pain', 'fatigue']), value: num(0, 10) }),
  record({ code: v.literal('hot-joints'), value: hotRegions }),
]);

/** The fields of a stored check-in, with the two that changed shape in database version 4 given. */
const checkInFields = <H extends v.GenericSchema, R extends v.GenericSchema>(hotJoints: H, reasons: R) => ({
  flare, pain: num(0, 10), fatigue: num(0, 10), hotJoints,
  safety: record(Object.fromEntries(TRIAGE_QUESTION_IDS.map((q) => [q, optional(safetyAnswer)])) as
    Record<TriageQuestionId, v.ExactOptionalSchema<typeof safetyAnswer, undefined>>),
  morning: optional(v.picklist(['better', 'same', 'worse'])), date: day, at: instant,
  tier: record({ tier, reasons }),
  timeZone: optional(text(100)),
});

/** A triage as database version 6 and earlier stored it, with its sentences (upgraded to codes on import). */
const oldTriage = record({
  outcome, message: text(2000), reasons: list(record({ id: triageId, text: text(2000) }), 50), unanswered: list(triageId, 50),
});
const correction = record({ at: instant, outcome, reasons: list(triageId, 50) });

/** One day's check-in with the app's decision (StoredCheckIn), as database version 7 stores it. */
export const checkInSchema = record({
  ...checkInFields(hotRegions, list(tierReason, 50)),
  triage: record({ outcome, reasons: list(triageId, 50), unanswered: list(triageId, 50) }),
  origin: v.picklist(['device', 'imported']), corrected: optional(list(correction, 50)),
});

const upgraded = <S extends v.GenericSchema<unknown, AnyStoredCheckIn>>(shape: S) =>
  v.pipe(shape, v.transform<v.InferOutput<S>, StoredCheckIn>((old) => upgradeCheckIn(old)));
/** A check-in from a backup of database version 4 to 6 (triage with sentences), upgraded as the database is. */
const version6CheckInSchema = upgraded(record({ ...checkInFields(hotRegions, list(tierReason, 50)), triage: oldTriage }));
/** A check-in from a backup of database version 3 or earlier (one hot-joints answer, reasons in words), upgraded as the database is. */
const olderCheckInSchema = upgraded(record({ ...checkInFields(v.picklist(['none', 'hips', 'other']), list(text(500), 50)), triage: oldTriage }));

/** A routine's progression level, as backups before database version 6 held it (read, then left out: levels are derived). */
export const levelSchema = record({
  routineId: id, level: int(-1000, 1000), updatedAt: instant, change: v.picklist(['up', 'down', 'hold']), reason: text(2000),
});

const dose = record({
  sets: int(0, 100), reps: int(0, 1000), holdSeconds: optional(num(0, 3600)), repSeconds: optional(num(0, 3600)),
  releaseSeconds: optional(num(0, 3600)), perSide: v.boolean(), restSeconds: num(0, 3600),
});
const routineItem = record({ exercise: id, dose: optional(dose) });

/** A routine the user built; its id must carry the custom prefix so it can never shadow a bundled one. */
export const customRoutineSchema = record({
  id: v.pipe(id, v.startsWith('custom-')), name: text(500), purpose: text(5000), suits: text(5000),
  timeOfDay: optional(v.picklist(['morning', 'evening', 'any'])),
  warmUp: list(routineItem, 200), main: list(routineItem, 200), coolDown: list(routineItem, 200),
});

/** Any JSON value with bounded strings, arrays and objects (settings hold free-form values). */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const json: v.GenericSchema<Json> = v.lazy(() => v.union([
  v.null(), v.boolean(), num(-1e15, 1e15), text(10_000), list(json, 1000),
  v.pipe(v.record(text(200), json), v.check((o) => Object.keys(o).length <= 200, 'Too many keys.')),
]));

/** One settings row: a key and its value. */
export const settingSchema = record({ key: id, value: v.optional(json) });

type CheckInSchema = v.GenericSchema<unknown, StoredCheckIn>;
type SessionSchema = v.GenericSchema<unknown, StoredSession>;
const envelope = (schemaVersion: v.GenericSchema<unknown, number>) => ({
  format: v.literal('flarewise-backup'), version: v.literal(1), exportedAt: text(40), schemaVersion,
});
const stores = <C extends CheckInSchema, S extends SessionSchema>(checkIn: C, session: S) => ({
  sessions: list(session, 50_000), checkIns: list(checkIn, 50_000), settings: list(settingSchema, 200),
  customRoutines: list(customRoutineSchema, 2000),
});

/** A backup file written by this version of the database. */
export const backupSchema = record({
  ...envelope(int(TRIAGE_CODES_SINCE_VERSION, DB_VERSION)), data: record(stores(checkInSchema, sessionSchema)),
});

/** A file of database version 6: sessions as now, check-ins with their triage in sentences. */
const version6Backup = record({
  ...envelope(int(OUTCOMES_SINCE_VERSION, TRIAGE_CODES_SINCE_VERSION - 1)), data: record(stores(version6CheckInSchema, sessionSchema)),
});

/** An older file: its check-ins and sessions in their old shapes, upgraded as the database is; its levels read and left out. */
const olderBackup = <C extends CheckInSchema>(checkIn: C, versions: v.GenericSchema<unknown, number>) => record({
  ...envelope(versions),
  data: v.pipe(
    record({ ...stores(checkIn, olderSessionSchema), levels: list(levelSchema, 2000) }),
    v.transform(({ levels: _derivedNow, ...kept }) => kept),
  ),
});
const version4Backup = olderBackup(version6CheckInSchema, int(REGIONS_SINCE_VERSION, OUTCOMES_SINCE_VERSION - 1));
const version3Backup = olderBackup(olderCheckInSchema, int(1, REGIONS_SINCE_VERSION - 1));

/** The schema for a file's own `schemaVersion`: older files are read in their old shapes and upgraded. */
export function backupSchemaFor(
  schemaVersion: unknown,
): typeof backupSchema | typeof version6Backup | typeof version4Backup | typeof version3Backup {
  if (typeof schemaVersion !== 'number' || schemaVersion >= TRIAGE_CODES_SINCE_VERSION) return backupSchema;
  if (schemaVersion >= OUTCOMES_SINCE_VERSION) return version6Backup;
  return schemaVersion < REGIONS_SINCE_VERSION ? version3Backup : version4Backup;
}

/** A validated backup file. */
export type Backup = v.InferOutput<typeof backupSchema>;

// The validator must describe exactly what the app stores: adding a field to a stored type breaks the build here.
type Same<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;
const schemaMatchesTypes: [
  Same<v.InferOutput<typeof sessionSchema>, StoredSession>, Same<v.InferOutput<typeof checkInSchema>, StoredCheckIn>,
  Same<v.InferOutput<typeof customRoutineSchema>, Routine>,
] = [true, true, true];
void schemaMatchesTypes;
