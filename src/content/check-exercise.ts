import { CATEGORIES, EQUIPMENT, POSITIONS, PRECAUTION_TAGS, REGIONS } from '../engine/content/content-types';
import { checkGreenMatchesDose, dose, tiers } from './check-dose';
import { checkMovement, checkTierOffers } from './check-movement';
import {
  type Check, type Report, checkObject, isRecord, kebabId, listOf, oneOf, optional, required, setOf, text,
} from './check-fields';

const MAX_CUE_WORDS = 6;
const MAX_CUE_CHARACTERS = 40;

// A cue is spoken in the gap between phases, so it has to be short enough to say in a breath.
const cue: Check = (value, field, report) => {
  text(value, field, report);
  if (typeof value !== 'string') return;
  const words = value.trim().split(/\s+/).length;
  if (words > MAX_CUE_WORDS || value.length > MAX_CUE_CHARACTERS) {
    report(field, `"${value}" is too long to speak between phases (${words} words, ${value.length} characters; `
      + `at most ${MAX_CUE_WORDS} words and ${MAX_CUE_CHARACTERS} characters)`);
  }
};

// Every exercise already shows the shared stop rules (src/engine/content/stop-rules.ts); a copy would say them twice.
const SHARED_STOP_WORDS = /hot or swollen|within (about )?(2|two) hours|next morning/i;

const stopSign: Check = (value, field, report) => {
  text(value, field, report);
  if (typeof value === 'string' && SHARED_STOP_WORDS.test(value)) {
    report(field, `"${value}" is shown for every exercise already (src/engine/content/stop-rules.ts): leave it out here`);
  }
};

const EXERCISE_FIELDS = {
  id: required(kebabId),
  name: required(text),
  purpose: required(text),
  regions: required(listOf(oneOf(REGIONS), 1)),
  category: required(oneOf(CATEGORIES)),
  position: required(oneOf(POSITIONS)),
  equipment: required(listOf(oneOf(EQUIPMENT))),
  dose: required(dose),
  tiers: required(tiers),
  tags: required(setOf(PRECAUTION_TAGS)),
  steps: required(listOf(text, 3, 6)),
  cues: required(listOf(cue, 1, 6)),
  mistakes: required(listOf(text, 1)),
  stopIf: required(listOf(stopSign, 1, 3)),
  movement: required(() => undefined),
  easier: optional(kebabId),
  harder: optional(kebabId),
  standIns: optional(listOf(kebabId, 1, 3)),
  illustration: required(text),
  alt: required(text),
};

/**
 * Checks one exercise on its own: shape, bounds, tiers, cues, and that its illustration exists
 * (`illustrationPaths` holds paths like `exercises/illustrations/bridge.svg`). Links are checked by the caller.
 */
export function checkExercise(value: unknown, illustrationPaths: ReadonlySet<string>, report: Report): void {
  if (!checkObject(value, '', EXERCISE_FIELDS, report)) return;
  const movement = checkMovement(value, report);
  if (movement !== undefined) checkTierOffers(value, movement, report);
  if (isRecord(value['tiers'])) checkGreenMatchesDose(value['tiers']['green'], value['dose'], 'tiers.green', report);
  const illustration = value['illustration'];
  if (typeof illustration === 'string' && !illustrationPaths.has(`exercises/${illustration}`)) {
    report('illustration', `exercises/${illustration} does not exist`);
  }
}
