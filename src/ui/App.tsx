import { Match, Show, Switch, createEffect, lazy, on, onCleanup } from 'solid-js';
import { t } from '../i18n/messages';
import type { AppState } from '../state/create-app';
import type { PwaSignals } from '../state/create-pwa-state';
import type { Route } from '../state/router';
import type { StorageWatch } from '../state/storage-watch';
import { AppContext } from './app-context';
import { focusNewScreen } from './focus-on-route';
import { CueFlash } from './components/CueFlash';
import { PwaInstall, PwaNotices, PwaOfflineNote } from './components/PwaBanners';
import { SavingProblem, StorageBanner } from './components/StorageBanner';
import { HomeScreen } from './screens/HomeScreen';
// A first visit opens on the welcome: part of the first script, so it paints with no second round trip.
import { WelcomeScreen } from './screens/WelcomeScreen';

// Screens past the first are split out and fetched on first use (the service worker has them all offline).
const PlayerScreen = lazy(() => import('./screens/PlayerScreen').then((m) => ({ default: m.PlayerScreen })));
const DoneScreen = lazy(() => import('./screens/DoneScreen').then((m) => ({ default: m.DoneScreen })));
const ExerciseScreen = lazy(() => import('./screens/ExerciseScreen').then((m) => ({ default: m.ExerciseScreen })));
const LibraryScreen = lazy(() => import('./screens/LibraryScreen').then((m) => ({ default: m.LibraryScreen })));
const RoutineEditorScreen = lazy(() => import('./screens/RoutineEditorScreen').then((m) => ({ default: m.RoutineEditorScreen })));
const RoutineScreen = lazy(() => import('./screens/RoutineScreen').then((m) => ({ default: m.RoutineScreen })));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const DataScreen = lazy(() => import('./screens/DataScreen').then((m) => ({ default: m.DataScreen })));
const HistoryScreen = lazy(() => import('./screens/HistoryScreen').then((m) => ({ default: m.HistoryScreen })));
const SessionDetailScreen = lazy(() => import('./screens/SessionDetailScreen').then((m) => ({ default: m.SessionDetailScreen })));
const ReportScreen = lazy(() => import('./screens/ReportScreen').then((m) => ({ default: m.ReportScreen })));
const RemindersScreen = lazy(() => import('./screens/RemindersScreen').then((m) => ({ default: m.RemindersScreen })));
const CheckInScreen = lazy(() => import('./screens/CheckInScreen').then((m) => ({ default: m.CheckInScreen })));
const PrecautionsScreen = lazy(() => import('./screens/PrecautionsScreen').then((m) => ({ default: m.PrecautionsScreen })));
const TodayScreen = lazy(() => import('./screens/TodayScreen').then((m) => ({ default: m.TodayScreen })));

/** Fetches the session screens at idle, so a Start tap never waits for them. */
export function preloadSessionScreens(): void {
  void PlayerScreen.preload();
  void DoneScreen.preload();
}

/** The root: provides the app state and shows the screen for the current route. */
export function App(props: { app: AppState; pwa?: PwaSignals; storage?: StorageWatch }) {
  const { router, player } = props.app;
  const routeNamed = <N extends Route['name']>(name: N) => () => {
    const route = router.route();
    return route.name === name ? (route as Extract<Route, { name: N }>) : undefined;
  };
  // Screens use plain <a href="/…"> links; a plain left click stays in the app instead of reloading it.
  const followLink = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = (event.target as Element).closest('a[href^="/"]')?.getAttribute('href');
    if (!href) return;
    event.preventDefault();
    router.go(href);
  };
  // A reload on /play with nothing to play (and nothing to resume) goes back to today.
  createEffect(() => {
    const name = router.route().name;
    if (name === 'play' && !player.state()) router.go('/', { replace: true });
    if (name === 'done' && !props.app.summary()) router.go('/', { replace: true });
  });
  // The first run comes before today's screens; deep links to the library or settings still open directly.
  const beforeFirstRun = () => ['home', 'check-in', 'today', 'not-found'].includes(router.route().name);
  createEffect(() => {
    const { coach } = props.app;
    // Straight there: today's screens wait for the setup (HomeScreen), so nothing else is drawn first.
    if (coach.todayRead() && !coach.setup().onboarded && beforeFirstRun()) router.go('/welcome', { replace: true });
  });
  let main: HTMLElement | undefined;
  // A screen change must not leave keyboard focus on <body>: hand it to the new screen's h1.
  createEffect(on(router.route, () => { if (main) onCleanup(focusNewScreen(main)); }, { defer: true }));
  const sessionActive = () => {
    const status = player.state()?.status;
    return status === 'playing' || status === 'paused';
  };
  return (
    <AppContext.Provider value={props.app}>
      <main class="app" id="main" ref={main} onClick={followLink}>
        {props.storage && <StorageBanner event={props.storage.event()} sessionActive={sessionActive()} onReload={props.storage.reload} />}
        {router.route().name === 'play' && <SavingProblem failed={props.app.storageError() !== null} />}
        <Show when={router.route().name !== 'welcome'} fallback={<WelcomeScreen />}>
        {/* The content arrives a moment after start-up (its own chunk): every other screen waits for it. */}
        <Show when={props.app.libraryReady()} fallback={<h1 class="visually-hidden">{t('app.name')}</h1>}>
        <Switch fallback={<HomeScreen />}>
          <Match when={router.route().name === 'play'}><PlayerScreen /></Match>
          <Match when={router.route().name === 'done'}><DoneScreen /></Match>
          <Match when={router.route().name === 'settings'}><SettingsScreen /></Match>
          <Match when={router.route().name === 'data'}><DataScreen /></Match>
          <Match when={router.route().name === 'check-in'}><CheckInScreen /></Match>
          <Match when={router.route().name === 'today'}><TodayScreen /></Match>
          <Match when={router.route().name === 'library'}><LibraryScreen /></Match>
          <Match when={router.route().name === 'history'}><HistoryScreen /></Match>
          <Match when={routeNamed('session')()}>{(route) => <SessionDetailScreen id={route().id} />}</Match>
          <Match when={router.route().name === 'report'}><ReportScreen /></Match>
          <Match when={router.route().name === 'reminders'}><RemindersScreen /></Match>
          <Match when={router.route().name === 'precautions'}><PrecautionsScreen /></Match>
          <Match when={routeNamed('exercise')()}>{(route) => <ExerciseScreen id={route().id} />}</Match>
          <Match when={routeNamed('routine')()}>{(route) => <RoutineScreen id={route().id} />}</Match>
          <Match when={router.route().name === 'routine-new'}><RoutineEditorScreen /></Match>
          <Match when={routeNamed('routine-edit')()}>{(route) => <RoutineEditorScreen id={route().id} />}</Match>
        </Switch>
        </Show>
        </Show>
        {props.pwa && router.route().name !== 'play' && <PwaOfflineNote pwa={props.pwa} sessionActive={sessionActive()} />}
        {props.pwa && router.route().name === 'home' && <PwaInstall pwa={props.pwa} />}
        {/* Floating at the foot of the screen: a notice arriving late never pushes the page down under a thumb. */}
        {props.pwa && router.route().name !== 'play' && (
          <div class="toasts"><PwaNotices pwa={props.pwa} sessionActive={sessionActive()} /></div>
        )}
      </main>
      {/* The player shows cues in a place of their own (PlayerScreen); elsewhere they float at the top. */}
      {router.route().name !== 'play' && <CueFlash />}
    </AppContext.Provider>
  );
}
