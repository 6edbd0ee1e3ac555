/** Serves dist/ on a free port for the whole e2e run and hands its URL to the tests. */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built app, ending in "/" (read it with inject('baseUrl')). */
    baseUrl: string;
  }
}

/** Starts the server before the first test file and stops it after the last. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // FLAREWISE_DIST lets parallel work test its own build without disturbing dist/.
  const server = await startServer({ root: process.env['FLAREWISE_DIST'] ?? 'dist', port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
