/** The longest note a past session keeps: a short note, not a diary. */
export const SESSION_NOTE_MAX = 280;

/** A note as it is kept: trimmed and cut to the limit; undefined when nothing is left (no note). */
export function cleanNote(text: string): string | undefined {
  const note = text.trim().slice(0, SESSION_NOTE_MAX).trim();
  return note === '' ? undefined : note;
}
