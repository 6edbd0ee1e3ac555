import { createSignal, type Accessor } from 'solid-js';
import type { Effort } from '../engine/clinical/check-in-types';
import type { LevelChange } from '../engine/clinical/progression';
import type { SessionFeedback } from '../engine/records/session-record';

/** Where the answers are in their life: being given, being saved, saved, or failed to save. */
export type FeedbackStatus = 'asking' | 'saving' | 'saved' | 'failed';

/** The after-session questions: pain now and effort, then the level that follows. */
export interface Feedback {
  painAfter: Accessor<number | undefined>;
  setPainAfter(level: number): void;
  effort: Accessor<Effort | undefined>;
  setEffort(effort: Effort): void;
  status: Accessor<FeedbackStatus>;
  error: Accessor<string | null>;
  /** The routine's level for next time and why (a code), once the answers are saved. */
  level: Accessor<LevelChange | null>;
  /** Saves the answers (effort is required); does nothing while saving or once saved. */
  submit(): Promise<void>;
}

/** Builds the after-session questions over a save function (the app's, or a fake in tests). */
export function createFeedback(deps: { save(answers: Omit<SessionFeedback, 'sessionId'>): Promise<LevelChange> }): Feedback {
  const [painAfter, setPainAfter] = createSignal<number>();
  const [effort, setEffort] = createSignal<Effort>();
  const [status, setStatus] = createSignal<FeedbackStatus>('asking');
  const [error, setError] = createSignal<string | null>(null);
  const [level, setLevel] = createSignal<LevelChange | null>(null);
  return {
    painAfter, setPainAfter, effort, setEffort, status, error, level,
    async submit() {
      const chosen = effort();
      if (chosen === undefined || status() === 'saving' || status() === 'saved') return;
      const pain = painAfter();
      setStatus('saving');
      try {
        setLevel(await deps.save(pain === undefined ? { effort: chosen } : { effort: chosen, painAfter: pain }));
        setStatus('saved');
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
        setStatus('failed');
      }
    },
  };
}
