import { Match, Switch, createEffect, lazy } from 'solid-js';
import type { AppState } from '../state/create-app';
import type { PwaSignals } from '../state/create-pwa-state';
import type { Route } from '../state/router';
import { AppContext } from './app-context';
import { CueFlash } from './components/CueFlash';
import { PwaInstall, PwaNotices } from './components/PwaBanners';
import { HomeScreen } from './screens/HomeScreen';
import { PlayerScreen } from './screens/PlayerScreen';

// Screens past the first are split out and fetched on first use (the service worker has them all offline).
const DoneScreen = lazy(() => import('./screens/DoneScreen').then((m) => ({ default: m.DoneScreen })));
const ExerciseScreen = lazy(() => import('./screens/ExerciseScreen').then((m) => ({ default: m.ExerciseScreen })));
const LibraryScreen = lazy(() => import('./screens/LibraryScreen').then((m) => ({ default: m.LibraryScreen })));
const RoutineEditorScreen = lazy(() => import('./screens/RoutineEditorScreen').then((m) => ({ default: m.RoutineEditorScreen })));
const RoutineScreen = lazy(() => import('./screens/RoutineScreen').then((m) => ({ default: m.RoutineScreen })));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

/** The root: provides the app state and shows the screen for the current route. */
export function App(props: { app: AppState; pwa?: PwaSignals }) {
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
  const sessionActive = () => {
    const status = player.state()?.status;
    return status === 'playing' || status === 'paused';
  };
  return (
    <AppContext.Provider value={props.app}>
      <main class="app" id="main" onClick={followLink}>
        {props.pwa && router.route().name !== 'play' && <PwaNotices pwa={props.pwa} sessionActive={sessionActive()} />}
        <Switch fallback={<HomeScreen />}>
          <Match when={router.route().name === 'play'}><PlayerScreen /></Match>
          <Match when={router.route().name === 'done'}><DoneScreen /></Match>
          <Match when={router.route().name === 'settings'}><SettingsScreen /></Match>
          <Match when={router.route().name === 'library'}><LibraryScreen /></Match>
          <Match when={routeNamed('exercise')()}>{(route) => <ExerciseScreen id={route().id} />}</Match>
          <Match when={routeNamed('routine')()}>{(route) => <RoutineScreen id={route().id} />}</Match>
          <Match when={router.route().name === 'routine-new'}><RoutineEditorScreen /></Match>
          <Match when={routeNamed('routine-edit')()}>{(route) => <RoutineEditorScreen id={route().id} />}</Match>
        </Switch>
        {props.pwa && router.route().name === 'home' && <PwaInstall pwa={props.pwa} />}
      </main>
      <CueFlash />
    </AppContext.Provider>
  );
}
