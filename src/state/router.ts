import { createSignal, type Accessor } from 'solid-js';

/** The screens the app can show, as paths. */
export type Route =
  | { name: 'home' }
  | { name: 'play' }
  | { name: 'done' }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

/** Reads a path into a route. */
export function parseRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  switch (clean) {
    case '/': return { name: 'home' };
    case '/play': return { name: 'play' };
    case '/done': return { name: 'done' };
    case '/settings': return { name: 'settings' };
    default: return { name: 'not-found', path: clean };
  }
}

/** A tiny history router: the current route, and a way to go somewhere. */
export interface Router {
  route: Accessor<Route>;
  go(path: string, options?: { replace?: boolean }): void;
}

/** Builds the router over the browser history (the only DOM it touches is passed in). */
export function createRouter(win: Pick<Window, 'location' | 'history' | 'addEventListener' | 'scrollTo'>): Router {
  const [route, setRoute] = createSignal(parseRoute(win.location.pathname));
  win.addEventListener('popstate', () => setRoute(parseRoute(win.location.pathname)));
  return {
    route,
    go(path, options = {}) {
      if (options.replace) win.history.replaceState(null, '', path);
      else win.history.pushState(null, '', path);
      setRoute(parseRoute(path));
      win.scrollTo(0, 0);
    },
  };
}
