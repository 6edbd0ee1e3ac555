import { createEffect, createMemo, createSignal, on, onCleanup, Show } from 'solid-js';
import { easierVariant } from '../../engine/clinical/easier-variant';
import { formatClock, t } from '../../i18n/messages';
import { useApp } from '../app-context';
import { AudioNotice } from '../components/AudioNotice';
import { EndConfirmSheet } from '../components/EndConfirmSheet';
import { CueFlash } from '../components/CueFlash';
import { Demonstration } from '../components/Demonstration';
import { demonstrationPhase } from '../components/demonstration-phase';
import { PainSheet } from '../components/PainSheet';
import { PainStopSheet, type PainSheetMode } from '../components/PainStopSheet';
import { painAdvice } from '../../engine/clinical/pain-limits';
import type { PainReport } from '../../engine/clinical/pain-response';
import { PAIN_RULES } from '../../engine/clinical/rules';
import { counterWords, instruction, phaseLabel, sectionAt } from '../components/player-words';
import { PlayerControls, type PlayerControlActions } from '../components/PlayerControls';
import { PlayerHead } from '../components/PlayerHead';
import { PlayerNow } from '../components/PlayerNow';
import { PlayerExtras, REST_EXTRA_SECONDS } from '../components/PlayerExtras';
import { isRestful } from '../../engine/session/session-moves';
import { makeFocusReturn } from '../components/sheet-focus';
import '../../i18n/areas/feedback';
import '../../i18n/areas/player';
import '../styles/player.css';

/** The guided session: countdown, what to do now, what comes next, and big controls. */
export function PlayerScreen() {
  const app = useApp();
  const { player } = app;
  const [painOpen, setPainOpen] = createSignal(false);
  const [confirmEnd, setConfirmEnd] = createSignal(false);
  const [announcement, setAnnouncement] = createSignal('');
  // A pain report at or under the limit stays noted on screen, in place of "next", until the step ends.
  const [painNote, setPainNote] = createSignal<{ level: number; stepIndex: number } | null>(null);
  const [painStop, setPainStop] = createSignal<{ report: PainReport; mode: PainSheetMode; stopped: boolean; exerciseIndex: number } | null>(null);
  const paused = () => player.state()?.status === 'paused';
  // A sheet pauses the session; closing it carries on only if the session was playing before.
  let playingBeforeSheet = false;
  // Closing a sheet hands focus back to its button, or to the exercise's name when it led to another; never to <body>.
  const focusBack = makeFocusReturn(() => player.state()?.status === 'finished');
  const holdForSheet = (from: HTMLElement) => {
    focusBack.opener(from);
    playingBeforeSheet = !paused();
    if (playingBeforeSheet) player.pause();
  };
  const closeSheet = () => {
    setPainOpen(false);
    setConfirmEnd(false);
    if (playingBeforeSheet) player.resume();
    focusBack.toOpener();
  };

  const counters = createMemo(() => {
    const view = player.view();
    return view ? counterWords(view) : [];
  });

  const section = createMemo(() => {
    const view = player.view();
    return view ? sectionAt(player.state()?.plan.exercises ?? [], view.step.exerciseIndex) : null;
  });

  // Screen readers hear each phase change once, not every second of the countdown; a new part of the routine is named as it begins.
  createEffect(on(() => [player.view()?.stepIndex, player.state()?.status] as const, () => {
    const view = player.view();
    if (!view) return;
    const part = section();
    const newPart = part?.starts && (view.step.kind === 'ready' || view.step.kind === 'transition') ? `${part.title}. ` : '';
    setAnnouncement(`${newPart}${view.exercise.exercise.name}. ${phaseLabel(view, paused())}. ${instruction(view)}`);
  }));

  const tier = () => app.routine()?.tier ?? 'green';
  const stoppedExercise = () => player.state()?.plan.exercises[painStop()?.exerciseIndex ?? -1];
  const easierFor = (index: number) => {
    const planned = player.state()?.plan.exercises[index];
    return planned && easierVariant(planned.exercise, app.library, tier(), app.routine()?.level ?? 0, app.profile());
  };
  const easier = () => easierFor(painStop()?.exerciseIndex ?? -1);
  // The answer follows the rules' severity (engine/clinical/pain-limits.ts): stop for today first at a lot of
  // pain; otherwise the easier variant first, whether the exercise stopped or the report was only noted.
  const pickPain = (report: PainReport) => {
    const exerciseIndex = player.view()?.step.exerciseIndex ?? 0;
    setPainOpen(false);
    const response = player.pain(report);
    const mode: PainSheetMode = response.firstChoice === 'stop-for-today' ? 'stop-for-today' : response.stopsExercise ? 'stopped' : 'noted';
    if (mode !== 'noted' || easierFor(exerciseIndex)) {
      setPainStop({ report, mode, stopped: response.stopsExercise, exerciseIndex });
      return;
    }
    closeSheet();
    setPainNote({ level: report.level, stepIndex: player.view()?.stepIndex ?? -1 });
    setAnnouncement(t('pain.noted', { level: report.level }));
  };
  const carryOn = () => {
    const stop = painStop();
    setPainStop(null);
    // A stopped exercise is never resumed: resting moves past it and waits, paused.
    if (stop?.stopped) player.nextExercise();
    else if (playingBeforeSheet) player.resume();
    focusBack.toFallback();
  };
  const stopForToday = () => {
    setPainStop(null);
    player.end();
  };
  // Each choice reads what it needs before the sheet closes (its props go stale once painStop is null).
  const chooseEasier = () => {
    const planned = easier();
    const index = painStop()?.exerciseIndex ?? 0;
    setPainStop(null);
    if (planned) player.swap(index, planned, PAIN_RULES.easierLeadInSeconds);
    focusBack.toFallback();
  };
  const moveOn = () => {
    setPainStop(null);
    player.nextExercise();
    if (playingBeforeSheet) player.resume();
    focusBack.toFallback();
  };

  const controls: PlayerControlActions = {
    pain: (from) => { holdForSheet(from); setPainOpen(true); },
    end: (from) => { holdForSheet(from); setConfirmEnd(true); },
    back: () => player.previousExercise(),
    toggle: () => { if (!paused()) return player.pause(); void app.unlockAudio(); player.resume(); },
    skip: () => player.nextExercise(),
  };
  // Space pauses and resumes from anywhere on the page, unless a control that Space itself presses has focus or a sheet is open.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== ' ' || event.repeat || painOpen() || confirmEnd() || painStop()) return;
    if ((event.target as Element | null)?.closest('button, a, input, select, textarea, summary, [role="button"]')) return;
    event.preventDefault();
    controls.toggle();
  };
  document.addEventListener('keydown', onKey);
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <Show when={player.view()} fallback={<p>{t('phase.finished')}</p>}>
      {(view) => (
        <section class="player" classList={{ paused: paused() && !view().waiting }} aria-labelledby="exercise-name">
          <PlayerHead routine={app.routine()?.name} part={section()?.title} total={player.state()?.plan.exercises.length ?? 0} view={view()} />
          <div class="player-notices"><AudioNotice /></div>
          <div class="player-main">
            <div class="player-stage">
              <div class="phase-slot">
                <p class="phase" classList={{ rest: view().step.kind !== 'work' }}>{phaseLabel(view(), paused())}</p>
                <CueFlash />
              </div>
              <Show when={view().step.side}>
                {(side) => <p class="player-side">{t(side() === 'left' ? 'player.side.left' : 'player.side.right')}</p>}
              </Show>
              <h1 class="exercise-name" id="exercise-name" tabindex="-1" ref={focusBack.fallback}>{view().exercise.exercise.name}</h1>
              <div class="player-show"><div class="player-show-in">
                <Demonstration src={app.illustrationUrl(view().exercise.exercise)} alt={view().exercise.exercise.alt}
                  phase={demonstrationPhase(view().step)} repMs={view().step.repMs} paused={paused()} elapsedMs={view().elapsedMs}
                  phaseKey={view().stepIndex} side={view().step.side} />
                <PlayerNow view={view()} onStart={controls.toggle} />
              </div></div>
            </div>
            <div class="player-info">
              <div class="counters">{counters().map((c) => <span>{c}</span>)}</div>
              <p class="instruction">{instruction(view())}</p>
              <PlayerExtras restful={isRestful(view().step.kind)} lastStep={view().stepIndex === (player.state()?.plan.steps.length ?? 0) - 1} waiting={view().waiting}
                onLonger={() => player.extendRest(REST_EXTRA_SECONDS)} onNextStep={() => player.nextStep()} />
              <Show when={painNote()?.stepIndex !== view().stepIndex} fallback={<p class="pain-note">{t('pain.noted', { level: painNote()?.level ?? 0 })}</p>}>
                <p class="next-up">
                  {view().nextExercise ? t('player.next', { name: view().nextExercise?.exercise.name ?? '' }) : t('player.lastExercise')}
                  {' · '}{t('player.timeLeft', { time: formatClock(view().remainingSessionMs) })}
                </p>
              </Show>
            </div>
          </div>
          <PlayerControls paused={paused()} waiting={view().waiting} actions={controls} />
          <div class="visually-hidden" aria-live="polite" role="status">{announcement()}</div>
          <Show when={painOpen()}>
            <PainSheet onPick={pickPain} onCancel={closeSheet} />
          </Show>
          <Show when={painStop()}>
            {(stop) => (
              <PainStopSheet mode={stop().mode} stopped={stop().stopped} name={stoppedExercise()?.exercise.name ?? ''} level={stop().report.level} kind={stop().report.kind}
                easierName={stop().mode === 'stop-for-today' ? undefined : easier()?.exercise.name} leadInSeconds={PAIN_RULES.easierLeadInSeconds}
                isLast={stop().exerciseIndex === (player.state()?.plan.exercises.length ?? 0) - 1}
                advice={painAdvice({ raynauds: app.profile().raynauds, hotJoints: (app.coach.today()?.hotJoints.length ?? 0) > 0 })}
                emergencyNumber={app.coach.setup().emergencyNumber}
                onEasier={chooseEasier} onCarryOn={carryOn} onSkip={moveOn} onStopForToday={stopForToday} />
            )}
          </Show>
          <Show when={confirmEnd()}>
            <EndConfirmSheet onEnd={() => { setConfirmEnd(false); player.end(); }} onKeepGoing={closeSheet}
              onLater={() => { setConfirmEnd(false); app.pacing.finishLater(); }} />
          </Show>
        </section>
      )}
    </Show>
  );
}
