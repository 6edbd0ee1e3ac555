import { describe, expect, it } from 'vitest';
import { movement } from './clinical-fixtures';
import type { Dose, Exercise, Position } from '../../src/engine/content/content-types';
import { planSession } from '../../src/engine/session/session-plan';
import { createPlayer, type PlayerDeps } from '../../src/state/create-player';
import { makeLockScreen } from '../../src/lock-screen';
import { t } from '../../src/i18n/messages';
import '../../src/i18n/areas/library';

const T0 = 1_800_000_000_000;
const dose: Dose = { sets: 1, reps: 3, repSeconds: 2, perSide: false, restSeconds: 0 };

function exercise(id: string, position: Position): Exercise {
  return {
    id, name: `Exercise ${id}`, purpose: 'p', regions: ['hip'], category: 'mobility', position, equipment: ['none'],
    dose, tiers: { green: dose }, movement: movement(), steps: ['a'], cues: ['go'], mistakes: ['m'], stopIf: ['s'],
    illustration: `illustrations/${id}.svg`, alt: 'a',
  };
}

/** A phone's lock screen as the Media Session leaves it, and the buttons pressed on it. */
function fakeSession() {
  const handlers = new Map<string, () => void>();
  const session = {
    metadata: null as MediaMetadata | null,
    playbackState: 'none' as MediaSessionPlaybackState,
    position: undefined as MediaPositionState | undefined,
    setActionHandler: (action: MediaSessionAction, handler: MediaSessionActionHandler | null) => { if (handler) handlers.set(action, () => handler({ action })); },
    setPositionState(state?: MediaPositionState) { this.position = state; },
  };
  return { session, handlers };
}

/** A player on a fake clock (one interval timer, run as time advances) wired to the lock screen. */
function playerOnLockScreen() {
  let now = T0;
  let tick: (() => void) | null = null;
  const { session, handlers } = fakeSession();
  const pressed: string[] = [];
  const lockScreen = makeLockScreen(session, {
    play: () => pressed.push('play'), pause: () => pressed.push('pause'), next: () => pressed.push('next'), previous: () => pressed.push('previous'),
  }, (position) => t(`position.${position}`), (init) => init as MediaMetadata);
  const deps: PlayerDeps = {
    now: () => now,
    setInterval: (fn) => { tick = fn; return 1; },
    clearInterval: () => { tick = null; },
    later: () => undefined,
    cues: { schedule: () => undefined, cancel: () => undefined, keepAlive: () => undefined, speak: () => undefined },
    checkpoint: () => undefined,
    finished: () => undefined,
    screen: { awake: () => undefined, nowPlaying: lockScreen.show },
  };
  const player = createPlayer(deps, () => 'Morning hips', () => undefined);
  // Time moves in quarter seconds, as the player's own tick does.
  const advance = (ms: number) => { for (let i = 0; i < ms / 250; i += 1) { now += 250; tick?.(); } };
  return { player, session, handlers, pressed, advance };
}

const plan = planSession([{ exercise: exercise('a', 'lying'), dose }, { exercise: exercise('b', 'standing'), dose }], { transitionSeconds: 6 });
const firstPhaseSeconds = (plan.steps[0]?.durationMs ?? 0) / 1000;

describe('the lock screen during a session', () => {
  it('shows the exercise, where the body is for it and the routine, with the phase counting down', () => {
    const { player, session } = playerOnLockScreen();
    player.start(plan);
    expect(session.metadata).toMatchObject({ title: 'Exercise a', artist: 'Lying on your back', album: 'Morning hips' });
    expect(session.playbackState).toBe('playing');
    expect(session.position).toEqual({ duration: firstPhaseSeconds, position: 0, playbackRate: 1 });
  });

  it('holds the countdown where it stopped on pause, and runs it again on resume', () => {
    const { player, session, advance } = playerOnLockScreen();
    player.start(plan);
    advance(1000);
    player.pause();
    expect(session.playbackState).toBe('paused');
    expect(session.position).toEqual({ duration: firstPhaseSeconds, position: 1, playbackRate: 1 });
    advance(5000);
    player.resume();
    expect(session.playbackState).toBe('playing');
    expect(session.position?.position).toBe(1);
  });

  it('starts a new countdown for each phase, and names the next exercise and its position when it comes', () => {
    const { player, session, advance } = playerOnLockScreen();
    player.start(plan);
    advance(firstPhaseSeconds * 1000);
    expect(session.position?.duration).toBe((plan.steps[1]?.durationMs ?? 0) / 1000);
    expect(session.position?.position).toBe(0);
    player.nextExercise();
    expect(session.metadata).toMatchObject({ title: 'Exercise b', artist: 'Standing' });
  });

  it('wires play, pause, next and previous exercise to the lock-screen buttons', () => {
    const { player, handlers, pressed } = playerOnLockScreen();
    player.start(plan);
    for (const action of ['play', 'pause', 'nexttrack', 'previoustrack']) handlers.get(action)?.();
    expect(pressed).toEqual(['play', 'pause', 'next', 'previous']);
  });
});
