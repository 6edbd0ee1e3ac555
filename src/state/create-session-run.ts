import type { Accessor } from 'solid-js';
import type { LevelChange } from '../engine/clinical/progression';
import { createPacing, type Pacing } from './create-pacing';
import { createPlayer, type Player, type PlayerDeps } from './create-player';
import type { ActiveRoutine, Resume } from './create-resume';
import { createSessionLog, type SessionLog, type SessionLogStorage } from './create-session-log';
import type { Router } from './router';

/** What a session needs beyond the player's adapters: where it is kept and recorded, and where the screens go. */
export interface SessionRunDeps extends Omit<PlayerDeps, 'checkpoint' | 'finished'> {
  storage: SessionLogStorage;
  router: Router;
  localDay(ms: number): string;
  /** Asks the browser to keep the data; called once a completed session is saved. */
  askPersistence?(): void;
  failed(error: unknown): void;
  routine: Accessor<ActiveRoutine | null>;
  resume: Resume;
  /** A routine's level as the history now has it (the after-session answers are part of it). */
  levelFor(routineId: string): LevelChange;
}

/** The player, the session log and pacing: the session engine, which loads with the player, not the first screen. */
export interface SessionRun {
  player: Player;
  log: SessionLog;
  pacing: Pacing;
}

/** Wires the player to the checkpoint, the session log and pacing. */
export function createSessionRun(deps: SessionRunDeps): SessionRun {
  const log = createSessionLog({
    storage: deps.storage, now: deps.now, localDay: deps.localDay, failed: deps.failed,
    stored(tookCare) {
      if (tookCare) deps.askPersistence?.();
    },
    // The answers carry the effort the next level follows; the history holds them now, so the level is derived at once.
    feedbackSaved: async (session) => deps.levelFor(session.routineId),
  });
  const player = createPlayer({
    ...deps,
    checkpoint(state) {
      deps.resume.save(state);
      pacing.stepped(state);
    },
    finished(state) {
      log.record(state, deps.routine());
      deps.router.go('/done', { replace: true });
    },
  }, () => deps.routine()?.name ?? '', () => deps.routine()?.pain);
  const pacing = createPacing({
    state: player.state, keepForLater: player.keepForLater, routine: deps.routine, recordPart: log.recordPart,
    offer: deps.resume.offer, go: (path) => deps.router.go(path, { replace: true }),
  });
  return { player, log, pacing };
}
