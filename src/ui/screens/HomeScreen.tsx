import { For, lazy, onMount, Show, Suspense } from 'solid-js';
import { exercisesLeft, isKeptForLater } from '../../engine/session/kept-for-later';
import { formatExerciseCount, t } from '../../i18n/messages';
import { isPastFirstWeek } from '../../engine/report/report-range';
import { useApp } from '../app-context';
import { whenIdle } from '../idle';
import { PrecautionsCard } from '../components/PrecautionsCard';
import { TodayCard } from '../components/TodayCard';

// The streak card is its own chunk, keeping the initial script small; the home waits for it (see below).
// The safety stop (and its words) only on a day the check-in blocked: its own chunk, off the first screen.
const SafetyStop = lazy(() => import('../components/SafetyStop').then((m) => ({ default: m.SafetyStop })));
const ProgressTodayCard = lazy(() => import('../components/ProgressTodayCard').then((m) => ({ default: m.ProgressTodayCard })));

/** Fetches the streak card and its words now: a returning visit asks for them at start, beside the history. */
export function preloadHome(): void {
  void ProgressTodayCard.preload();
}

function greeting(hour: number): string {
  if (hour < 12) return t('home.greeting.morning');
  if (hour < 18) return t('home.greeting.afternoon');
  return t('home.greeting.evening');
}

/** Today, once the check-ins are known: the safety stop on a blocked day, otherwise the home. */
export function HomeScreen() {
  const app = useApp();
  const blocked = () => (app.coach.isBlockedToday() ? app.coach.today() : undefined);
  void ProgressTodayCard.preload();
  const waiting = () => <h1 class="visually-hidden">{t('app.name')}</h1>;
  // The screen is drawn once, whole: setup, streak and the streak card's chunk first, so no card arrives
  // late and pushes the routines down under a thumb. Until then only a hidden heading; a first visit
  // goes on to the welcome instead.
  // Today's check-in and the facts of the history are enough; every record is read afterwards, when idle.
  const ready = () => app.coach.todayRead() && app.coach.setup().onboarded && app.progress.summaryLoaded();
  return (
    <Show when={ready()} fallback={waiting()}>
      <Show when={blocked()} fallback={<Suspense fallback={waiting()}><HomeContent /></Suspense>}>
        {(checkIn) => <Suspense fallback={waiting()}><SafetyStop triage={checkIn().triage} emergencyNumber={app.coach.setup().emergencyNumber}
          careTeam={app.care.careTeam()} onRedo={() => app.router.go('/check-in')} /></Suspense>}
      </Show>
    </Show>
  );
}

/** Today: resume a session left open, check in, see today's plan, or choose a routine and start. */
function HomeContent() {
  const app = useApp();
  const routines = () => [...app.library.routines.values(), ...app.customRoutines()];
  // Drawn from the facts of the history alone; every record is read once this screen is up and the page is idle,
  // so History and the report open on it.
  onMount(() => requestAnimationFrame(() => whenIdle(() => void app.progress.settled())));
  // Reminders are offered on the home screen once the app has been in use for a week (always in settings).
  const pastFirstWeek = () => {
    const progress = app.progress.snapshot();
    return isPastFirstWeek(progress.today, progress.firstDay);
  };
  return (
    <section class="stack" aria-labelledby="home-title">
      <div class="topbar">
        <h1 id="home-title">{greeting(new Date().getHours())}</h1>
        <div class="topbar-links">
          <a class="button quiet" href="/library">{t('nav.library')}</a>
          <a class="button quiet" href="/settings">{t('nav.settings')}</a>
        </div>
      </div>
      <p class="muted">{t('app.tagline')}</p>
      <TodayCard checkIn={app.coach.today()} />
      <Show when={app.coach.setup().precautionsPending}><PrecautionsCard /></Show>
      <ProgressTodayCard progress={app.progress} />
      <Show when={app.storageError()}>
        {(reason) => <p class="notice warn" role="alert">{t('home.storageProblem', { reason: reason() })}</p>}
      </Show>
      <Show when={app.resumable()}>
        {(saved) => {
          const later = () => isKeptForLater(saved().state);
          const exercise = () => saved().state.plan.exercises[saved().state.plan.steps[saved().state.stepIndex]?.exerciseIndex ?? 0]?.exercise.name ?? '';
          return (
          <div class="card notice" role="region" aria-labelledby="resume-title">
            <h2 id="resume-title">{later() ? t('home.later.title', { routine: saved().routineName }) : t('home.resume.title')}</h2>
            <p>{later()
              ? t('home.later.body', { count: formatExerciseCount(exercisesLeft(saved().state)), exercise: exercise() })
              : t('home.resume.body', { routine: saved().routineName, exercise: exercise() })}</p>
            <div class="row">
              <button type="button" class="button primary" onClick={() => app.resumeSaved()}>{later() ? t('home.later.action') : t('home.resume.action')}</button>
              <button type="button" class="button quiet" onClick={() => app.discardSaved()}>{t('home.resume.discard')}</button>
            </div>
          </div>
          );
        }}
      </Show>
      <h2>{t('home.choose')}</h2>
      <For each={routines()}>
        {(routine) => {
          const plan = () => app.planFor(routine);
          return (
            <article class="card routine-card" aria-labelledby={`routine-${routine.id}`}>
              <h3 id={`routine-${routine.id}`}><a href={`/routine/${routine.id}`}>{routine.name}</a></h3>
              <p>{routine.purpose}</p>
              <p class="meta">
                {t('home.minutes', { minutes: Math.max(1, Math.round(plan().totalMs / 60_000)) })}
                {' · '}{formatExerciseCount(plan().exercises.length)}
              </p>
              <button type="button" class="button primary wide" aria-label={`${t('home.start')}: ${routine.name}`}
                onClick={() => app.startRoutine(routine.id)}>{t('home.start')}</button>
            </article>
          );
        }}
      </For>
      <div class="row home-more">
        <a class="button quiet" href="/routines/new">{t('home.buildOwn')}</a>
        <Show when={pastFirstWeek()}><a class="button quiet" href="/reminders">{t('home.reminders')}</a></Show>
      </div>
      <p class="muted">{t('app.disclaimer')}</p>
    </section>
  );
}
