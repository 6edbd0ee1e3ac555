import { coachMessages } from './en/coach';
import { coreMessages } from './en/core';
import { dataMessages } from './en/data';
import { feedbackMessages } from './en/feedback';
import { libraryMessages } from './en/library';
import { progressMessages } from './en/progress';
import { pwaMessages } from './en/pwa';

/**
 * Every string the user sees, in one catalogue (one file per area under en/). A translation is another object of the
 * same shape; components only ever call `t(key, params)`.
 */
export const en = { ...coachMessages, ...coreMessages, ...dataMessages, ...feedbackMessages, ...libraryMessages, ...progressMessages, ...pwaMessages } as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;

/** Looks up a message and fills in `{name}` placeholders. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Formats milliseconds as m:ss (or s when under a minute) for the countdown. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes ? `${minutes}:${String(seconds).padStart(2, '0')}` : String(seconds);
}

/** Formats a duration for prose: "12 minutes", "1 minute", "40 seconds". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const seconds = Math.round(ms / 1000);
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
