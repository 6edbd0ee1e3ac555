import { dose } from './check-dose';
import { type Check, type Report, checkObject, kebabId, listOf, oneOf, optional, required, text } from './check-fields';

const ITEM_FIELDS = { exercise: required(kebabId), dose: optional(dose) };

const item: Check = (value, field, report) => {
  checkObject(value, field, ITEM_FIELDS, report);
};

const ROUTINE_FIELDS = {
  id: required(kebabId),
  name: required(text),
  purpose: required(text),
  suits: required(text),
  timeOfDay: optional(oneOf(['morning', 'evening', 'any'])),
  warmUp: required(listOf(item)),
  main: required(listOf(item, 1)),
  coolDown: required(listOf(item)),
};

/** The sections of a routine, in the order they are done. */
export const ROUTINE_SECTIONS = ['warmUp', 'main', 'coolDown'] as const;

/** Checks one routine on its own: shape, and bounds of any dose override. Exercise names are checked by the caller. */
export function checkRoutine(value: unknown, report: Report): void {
  checkObject(value, '', ROUTINE_FIELDS, report);
}
