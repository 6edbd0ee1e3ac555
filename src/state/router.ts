import { createSignal, type Accessor } from 'solid-js';

/** The screens the app can show, as paths. */
export type Route =
  | { name: 'home' }
  | { name: 'play' }
  | { name: 'done' }
  | { name: 'settings' }
  | { name: 'data' }
  | { name: 'library' }
  | { name: 'exercise'; id: string }
  | { name: 'routine'; id: string }
  | { name: 'routine-new' }
  | { name: 'routine-edit'; id: string }
  | { name: 'welcome' }
  | { name: 'check-in' }
  | { name: 'today' }
  | { name: 'history' }
  | { name: 'session'; id: string }
  | { name: 'report' }
  | { name: 'reminders' }
  | { name: 'precautions' }
  | { name: 'not-found'; path: string };

/** Paths that carry an id, and the route each one becomes. */
const WITH_ID: { pattern: RegExp; route(id: string): Route }[] = [
  { pattern: /^\/exercise\/([a-z0-9-]+)$/, route: (id) => ({ name: 'exercise', id }) },
  { pattern: /^\/routine\/([a-z0-9-]+)$/, route: (id) => ({ name: 'routine', id }) },
  { pattern: /^\/routines\/edit\/([a-z0-9-]+)$/, route: (id) => ({ name: 'routine-edit', id }) },
  { pattern: /^\/history\/([a-z0-9-]+)$/, route: (id) => ({ name: 'session', id }) },
];

/** Reads a path into a route. */
export function parseRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  switch (clean) {
    case '/': return { name: 'home' };
    case '/play': return { name: 'play' };
    case '/done': return { name: 'done' };
    case '/settings': return { name: 'settings' };
    case '/settings/data': return { name: 'data' };
    case '/library': return { name: 'library' };
    case '/routines/new': return { name: 'routine-new' };
    case '/history': return { name: 'history' };
    case '/report': return { name: 'report' };
    case '/reminders': return { name: 'reminders' };
    case '/precautions': return { name: 'precautions' };
    case '/welcome': return { name: 'welcome' };
    case '/check-in': return { name: 'check-in' };
    case '/today': return { name: 'today' };
    default: break;
  }
  for (const { pattern, route } of WITH_ID) {
    const id = pattern.exec(clean)?.[1];
    if (id !== undefined) return route(id);
  }
  return { name: 'not-found', path: clean };
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

/** The path an app shortcut (manifest `?action=…`) opens: the check-in or today's plan. */
export function shortcutPath(search: string): string | null {
  const action = new URLSearchParams(search).get('action');
  if (action === 'check-in') return '/check-in';
  if (action === 'today') return '/today';
  return null;
}
