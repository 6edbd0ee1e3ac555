import { For, Show } from 'solid-js';
import { t } from '../../i18n/messages';
import { useApp } from '../app-context';

function greeting(hour: number): string {
  if (hour < 12) return t('home.greeting.morning');
  if (hour < 18) return t('home.greeting.afternoon');
  return t('home.greeting.evening');
}

/** Today: resume a session left open, or choose a routine and start. */
export function HomeScreen() {
  const app = useApp();
  const routines = () => [...app.library.routines.values(), ...app.customRoutines()];
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
      <Show when={app.storageError()}>
        {(reason) => <p class="notice warn" role="alert">{t('home.storageProblem', { reason: reason() })}</p>}
      </Show>
      <Show when={app.resumable()}>
        {(saved) => (
          <div class="card notice" role="region" aria-labelledby="resume-title">
            <h2 id="resume-title">{t('home.resume.title')}</h2>
            <p>{t('home.resume.body', {
              routine: saved().routineName,
              exercise: saved().state.plan.exercises[saved().state.plan.steps[saved().state.stepIndex]?.exerciseIndex ?? 0]?.exercise.name ?? '',
            })}</p>
            <div class="row">
              <button type="button" class="button primary" onClick={() => app.resumeSaved()}>{t('home.resume.action')}</button>
              <button type="button" class="button quiet" onClick={() => app.discardSaved()}>{t('home.resume.discard')}</button>
            </div>
          </div>
        )}
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
                {' · '}{t('home.exercises', { count: plan().exercises.length })}
              </p>
              <button type="button" class="button primary wide" aria-label={`${t('home.start')}: ${routine.name}`}
                onClick={() => app.startRoutine(routine.id)}>{t('home.start')}</button>
            </article>
          );
        }}
      </For>
      <p class="muted">{t('app.disclaimer')}</p>
    </section>
  );
}
