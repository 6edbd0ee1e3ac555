import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { CSP_META } from './scripts/csp.mjs';
import { contentGate } from './scripts/content-plugin';
import { contentParts } from './scripts/content-parts';
import { SPEECH_CACHE } from './src/audio/speech-cache';

/** src/i18n/preload-words.ts and what it imports (the app imports that too): one small chunk, apart from the app's. */
const FIRST_WORDS = /[\\/]src[\\/]i18n[\\/](preload-words|catalogue-files|language)\.ts$/;

const THEME_COLOUR = '#2f5d62';
const BACKGROUND_COLOUR = '#f6f4ef';

/** The web app manifest: what the OS shows when Flarewise is installed. */
const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Flarewise',
  short_name: 'Flarewise',
  description:
    'A gentle, offline exercise coach for back and hip pain with lupus: check in, then move at the pace your body allows today.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  background_color: BACKGROUND_COLOUR,
  theme_color: THEME_COLOUR,
  categories: ['health', 'medical', 'fitness'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Check in',
      short_name: 'Check in',
      description: 'Tell Flarewise how your body feels today',
      url: '/?action=check-in',
      icons: [{ src: '/icons/shortcut-check-in-96.png', sizes: '96x96', type: 'image/png' }],
    },
    {
      name: "Start today's routine",
      short_name: 'Today',
      description: "Start the routine planned for today's energy",
      url: '/?action=today',
      icons: [{ src: '/icons/shortcut-today-96.png', sizes: '96x96', type: 'image/png' }],
    },
  ],
  // Regenerate from the built app with: npm run build && node scripts/screenshots.mjs
  screenshots: [
    {
      src: '/screenshots/narrow.png',
      sizes: '390x844',
      type: 'image/png',
      form_factor: 'narrow',
      label: "Flarewise on a phone: today's gentle routine",
    },
    {
      src: '/screenshots/wide.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: "Flarewise on a tablet or desktop: today's gentle routine",
    },
  ],
};

/** Adds the CSP <meta> (from scripts/csp.mjs) right after <meta charset> in the built HTML. */
function cspMeta(): Plugin {
  return {
    name: 'flarewise:csp-meta',
    // Build only: the dev server injects <style> tags for HMR, which this policy would block.
    apply: 'build',
    transformIndexHtml(html) {
      // Right after the charset (which must come first) and before any script, link or style.
      const withCsp = html.replace(
        /(<meta charset="utf-8" \/>)/i,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`,
      );
      if (withCsp === html) throw new Error('index.html must start <head> with <meta charset="utf-8" />');
      return withCsp;
    },
  };
}

/** The lazy chunks whose own imports are fetched with them (see build.modulePreload). */
const HOT_PATHS = /\/(library|today-plan|progress-snapshot|ProgressTodayCard)-[\w-]+\.js$/;

export default defineConfig({
  plugins: [
    solid(),
    // Content that fails validation stops the build (naming file and field) before a service worker is generated.
    contentGate(),
    // The exercises' language-neutral data and each language's words, as separate modules (scripts/content-parts.ts).
    contentParts(),
    cspMeta(),

    VitePWA({
      // 'prompt': a new version waits until the person agrees, never mid-session (see src/pwa/register.ts).
      registerType: 'prompt',
      // Registration lives in src/pwa/register.ts (workbox-window), so no script is injected.
      injectRegister: false,
      strategies: 'generateSW',
      manifest,
      // The icons are already matched by globPatterns; listing them twice would duplicate entries.
      includeManifestIcons: false,
      workbox: {
        // Precache the whole app shell, media and content so every screen and cue works offline.
        // (manifest.webmanifest is not globbed: the plugin always adds it with its own revision.)
        globPatterns: ['**/*.{html,js,css,svg,png,mp3,json,ico}'],
        // Store screenshots are only for the install sheet, which the browser fetches online. The spoken-word
        // sprites are a few hundred KB per language and each person needs one: cached at run time (below).
        globIgnores: ['**/node_modules/**/*', 'screenshots/**', 'assets/speech-*.mp3'],
        // Deep links (/library, /?action=today) open offline: every navigation gets the app shell.
        navigateFallback: 'index.html',
        // Drop precaches left by older Workbox versions so storage does not grow with each release.
        cleanupOutdatedCaches: true,
        // Fail the build rather than silently leave a big file (an audio sprite) out of the offline copy.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        // The only runtime cache: the spoken words of the screen's language (src/audio/speech-cache.ts), our own
        // origin only. Cache first: the file's name carries its content hash, and it must play offline. The page puts
        // it in this cache as soon as the worker is ready and on a language switch, so no English user fetches
        // the Spanish one nor the reverse.
        runtimeCaching: [{
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/assets\/speech-[\w-]+\.mp3$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: SPEECH_CACHE },
        }],
        // No clientsClaim/skipWaiting: a new worker takes over only through applyUpdate().
        // No source map: it would be served but never precached, and it only helps debugging.
        sourcemap: false,
      },
    }),
  ],
  // Content JSON ships as JSON.parse('…'): V8 parses a JSON string several times faster than the same object literal.
  json: { stringify: true },
  // The import worker (src/storage/import-worker.ts) is a module worker: script-src and worker-src 'self' allow it.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // A dynamic import lists the chunks it needs so the browser fetches them side by side, and each list's file
    // names are bytes in the first script (1.7 KB gzip for every screen). The lists are kept for what a returning
    // visit and a session's start load at once (HOT_PATHS); the other screens come from the service worker's cache
    // on a tap, where a chain of two or three files costs a few milliseconds. Their CSS is always listed, so no
    // screen paints unstyled. No polyfill: every browser the app supports has modulepreload.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps) => (HOT_PATHS.test(file) ? deps : deps.filter((dep) => dep.endsWith('.css'))),
    },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first screen imports is one file (one request, one evaluation), except the small script
        // that asks for the first screen's words meanwhile (src/i18n/preload-words.ts), which must not wait for it.
        codeSplitting: {
          groups: [
            { name: 'first-words', test: FIRST_WORDS, priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
    // Fonts are never inlined as data: URLs, so font-src can stay 'self'; other small assets may be.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/i.test(file) ? false : undefined),
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
