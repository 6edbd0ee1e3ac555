import { createContext, useContext } from 'solid-js';
import type { AppState } from '../state/create-app';

/** The app state, provided once at the root. */
export const AppContext = createContext<AppState>();

/** Reads the app state; screens call this and render. */
export function useApp(): AppState {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp() outside <AppContext.Provider>');
  return app;
}
