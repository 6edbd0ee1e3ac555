import { createSignal, type Accessor } from 'solid-js';
import { t } from '../i18n/messages';
import type { DatabaseEvent, StorageProblemKind } from '../storage/db';

export type { DatabaseEvent } from '../storage/db';

const KINDS: readonly StorageProblemKind[] = ['unavailable', 'timeout', 'blocked', 'closed'];

/** Whether an error (or the transaction error behind it) says the device is out of space. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || /quota/i.test(error.message);
}

/** A storage failure in plain words, for "Your progress cannot be saved … ({reason})". */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) return t('data.problem.full');
  const kind = (error as { kind?: unknown } | null)?.kind;
  if (KINDS.includes(kind as StorageProblemKind)) return t(`data.problem.${kind as StorageProblemKind}`);
  return error instanceof Error ? error.message : String(error);
}

/** What another tab did to the database, for the banner (null: nothing). */
export interface StorageWatch {
  event: Accessor<DatabaseEvent | null>;
  reload(): void;
}

/** Listens for database events from other tabs; once this tab has let go of the database, that notice stays. */
export function createStorageWatch(subscribe: (listener: (event: DatabaseEvent) => void) => void, reload: () => void): StorageWatch {
  const [event, setEvent] = createSignal<DatabaseEvent | null>(null);
  subscribe((next) => setEvent((current) => (current === 'updated-elsewhere' || current === 'deleted-elsewhere' ? current : next)));
  return { event, reload };
}
