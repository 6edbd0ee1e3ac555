/** Loads the app's own TypeScript modules in Node through Vite's module runner, so the bench reuses them. */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Imports a TS module by its path from the repository root (e.g. "src/engine/session/session.ts"). */
export async function importAppModule(path) {
  // No config file: the app's plugins (PWA, Solid) are for the browser build, not for running the engine.
  const { module } = await runnerImport(`./${path}`, { configFile: false, root: ROOT, logLevel: 'silent' });
  return module;
}
