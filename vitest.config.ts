import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { contentParts } from './scripts/content-parts';

// Unit tests only (tests/unit, Node). The e2e suite has its own config: tests/e2e/vitest.config.ts.
// vite-plugin-solid compiles .tsx and, in test mode, resolves solid-js to its browser build so
// effects and memos run as they do in the app (the Node "server" build does not track them).
export default defineConfig({
  plugins: [solid(), contentParts()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Timings live in bench/, not here: on a shared, busy machine a property test can take several times its
    // usual few seconds, and a timeout would fail a landing for no behaviour of the app.
    testTimeout: 60_000,
  },
});
