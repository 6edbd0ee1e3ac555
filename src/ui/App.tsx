import { Match, Switch, createEffect } from 'solid-js';
import type { AppState } from '../state/create-app';
import type { Route } from '../state/router';
import { AppContext } from './app-context';
import { CueFlash } from './components/CueFlash';
import { DoneScreen } from './screens/DoneScreen';
import { ExerciseScreen } from './screens/ExerciseScreen';
import { HomeScreen } from './screens/HomeScreen';
import { LibraryScreen } from './screens/LibraryScreen';
import { PlayerScreen } from './screens/PlayerScreen';
import { RoutineEditorScreen } from './screens/RoutineEditorScreen';
import { RoutineScreen } from './screens/RoutineScreen';
import { SettingsScreen } from './screens/SettingsScreen';

/** The root: provides the app state and shows the screen for the current route. */
export function App(props: { app: AppState }) {
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
  return (
    <AppContext.Provider value={props.app}>
      <main class="app" id="main" onClick={followLink}>
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
      </main>
      <CueFlash />
    </AppContext.Provider>
  );
}
