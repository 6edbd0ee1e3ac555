import { createSignal, type Accessor } from 'solid-js';
import type { StoredSession } from '../engine/records/session-record';

/** Where past sessions are deleted, put back and annotated. */
export interface HistoryEditStorage {
  deleteSession(id: string): Promise<void>;
  restoreSession(session: StoredSession): Promise<void>;
  saveSessionNote(id: string, note: string): Promise<unknown>;
}

/** What tidying history needs: where the sessions are (the app's history, which progress is derived from), and where to report a failure. */
export interface HistoryEditDeps {
  storage: HistoryEditStorage;
  failed(error: unknown): void;
}

/** Deleting a session (with an undo that puts it back exactly) and notes on sessions. */
export interface HistoryEdits {
  /** The session deleted last, until it is put back or forgotten: what Undo offers. */
  deleted: Accessor<StoredSession | null>;
  remove(session: StoredSession): Promise<void>;
  /** Puts the last deleted session back as it was, note and answers included. */
  undo(): Promise<void>;
  /** Drops the undo offer (the person moved on). */
  forget(): void;
  /** Sets a session's note; a blank note removes it. */
  annotate(id: string, note: string): Promise<void>;
}

/** Wires the history edits to the history. */
export function createHistoryEdits(deps: HistoryEditDeps): HistoryEdits {
  const [deleted, setDeleted] = createSignal<StoredSession | null>(null);
  const saved = (write: Promise<unknown>) => write.then(() => undefined, (error: unknown) => { deps.failed(error); throw error; });
  return {
    deleted,
    async remove(session) {
      await saved(deps.storage.deleteSession(session.id));
      setDeleted(session);
    },
    async undo() {
      const session = deleted();
      if (session === null) return;
      await saved(deps.storage.restoreSession(session));
      setDeleted(null);
    },
    forget: () => setDeleted(null),
    annotate: (id, note) => saved(deps.storage.saveSessionNote(id, note)),
  };
}
