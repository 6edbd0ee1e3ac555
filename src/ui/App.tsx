import { Match, Switch, createEffect } from 'solid-js';
import type { AppState } from '../state/create-app';
import { AppContext } from './app-context';
import { CueFlash } from './components/CueFlash';
import { DoneScreen } from './screens/DoneScreen';
import { HomeScreen } from './screens/HomeScreen';
import { PlayerScreen } from './screens/PlayerScreen';
import { SettingsScreen } from './screens/SettingsScreen';

/** The root: provides the app state and shows the screen for the current route. */
export function App(props: { app: AppState }) {
  const { router, player } = props.app;
  // A reload on /play with nothing to play (and nothing to resume) goes back to today.
  createEffect(() => {
    const name = router.route().name;
    if (name === 'play' && !player.state()) router.go('/', { replace: true });
    if (name === 'done' && !props.app.summary()) router.go('/', { replace: true });
  });
  return (
    <AppContext.Provider value={props.app}>
      <main class="app" id="main">
        <Switch fallback={<HomeScreen />}>
          <Match when={router.route().name === 'play'}><PlayerScreen /></Match>
          <Match when={router.route().name === 'done'}><DoneScreen /></Match>
          <Match when={router.route().name === 'settings'}><SettingsScreen /></Match>
        </Switch>
      </main>
      <CueFlash />
    </AppContext.Provider>
  );
}
