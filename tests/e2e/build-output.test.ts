/**
 * Checks the built app in dist/ without a browser: the precache covers every file the app needs,
 * nothing is too big to precache, the manifest is complete, and index.html keeps to the CSP.
 * It lives in the e2e suite because `npm test` builds after the unit tests and before e2e.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { initialAssets } from '../../bench/bundle-size.mjs';
import { CSP_META } from '../../scripts/csp.mjs';
import { DIST, distFileSize, distPngSizes, listDistFiles, precachedUrls, readDistText } from './dist-files';

const MAX_PRECACHE_BYTES = 2 * 1024 * 1024;
// The size budget (sizes are deterministic, so they are tested; timings live in bench/).
// What index.html loads itself (script, modulepreloads, stylesheets), and that plus the first screen's words.
const MAX_INITIAL_GZIP_BYTES = 35 * 1024;
const MAX_FIRST_SCREEN_GZIP_BYTES = 40 * 1024;
const MAX_TOTAL_PRECACHE_BYTES = 1.5 * 1024 * 1024;

/** Files deliberately outside the precache, each with its reason. */
const NOT_PRECACHED: readonly RegExp[] = [
  /^sw\.js$/, // the service worker itself is fetched by the browser's update check
  /^workbox-[\w-]+\.js$/, // the runtime the service worker imports
  /^screenshots\//, // install-sheet images, fetched by the browser only when online
  /^assets\/speech-[\w-]+\.mp3$/, // spoken words: one language each, cached at run time (src/audio/speech-cache.ts)
];

interface ManifestImage {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
  form_factor?: string;
}

const manifest = JSON.parse(readDistText('manifest.webmanifest')) as Record<string, unknown> & {
  icons: ManifestImage[];
  shortcuts: { name: string; url: string; icons: ManifestImage[] }[];
  screenshots: ManifestImage[];
};

describe('the precache in dist/sw.js', () => {
  const precached = precachedUrls();
  const files = listDistFiles();

  it('lists every file the app can load, so each screen, icon and cue works offline', () => {
    const expected = files.filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file)));
    expect([...precached].sort()).toEqual([...expected].sort());
  });

  it('lists each file once', () => {
    expect(new Set(precached).size).toBe(precached.length);
  });

  it('holds no file over 2 MiB and ships no source maps', () => {
    const tooBig = files.filter((file) => distFileSize(file) > MAX_PRECACHE_BYTES);
    expect(tooBig).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('serves the app shell for every navigation and never skips waiting on its own', () => {
    const sw = readDistText('sw.js');
    expect(sw).toMatch(/createHandlerBoundToURL\(["']index\.html["']\)/);
    expect(sw).toContain('cleanupOutdatedCaches');
    expect(sw).toMatch(/SKIP_WAITING/);
    expect(sw).not.toMatch(/clientsClaim\(\)|self\.skipWaiting\(\)[,;]/);
    expect(sw).not.toMatch(/https?:\/\//); // no runtime caching of other origins
  });
});

describe('dist/manifest.webmanifest', () => {
  it('describes Flarewise as an installable standalone app', () => {
    expect(manifest).toMatchObject({
      name: 'Flarewise',
      short_name: 'Flarewise',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      background_color: '#f6f4ef',
      theme_color: '#2f5d62',
      categories: ['health', 'medical', 'fitness'],
    });
    expect(String(manifest.description).length).toBeGreaterThan(20);
  });

  it('has 192 and 512 icons plus a 512 maskable one, each the size it claims', () => {
    const described = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(described).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) expect(distPngSizes(icon.src), icon.src).toBe(icon.sizes);
  });

  it('offers the check-in and today shortcuts with 96px icons', () => {
    expect(manifest.shortcuts.map(({ name, url }) => ({ name, url }))).toEqual([
      { name: 'Check in', url: '/?action=check-in' },
      { name: "Start today's routine", url: '/?action=today' },
    ]);
    for (const shortcut of manifest.shortcuts) {
      expect(shortcut.icons.map((icon) => distPngSizes(icon.src))).toEqual(['96x96']);
    }
  });

  it('has narrow and wide screenshots of the sizes it states', () => {
    expect(manifest.screenshots.map((shot) => `${shot.form_factor} ${shot.sizes}`)).toEqual([
      'narrow 390x844',
      'wide 1280x800',
    ]);
    for (const shot of manifest.screenshots) expect(distPngSizes(shot.src), shot.src).toBe(shot.sizes);
  });
});

describe('dist/index.html', () => {
  const html = readDistText('index.html');

  it('carries the CSP from scripts/csp.mjs right after the charset', () => {
    expect(html).toMatch(/<meta charset="utf-8" \/>\s*<meta http-equiv="Content-Security-Policy"/);
    expect(html).toContain(`content="${CSP_META}"`);
  });

  it('has no inline script, inline style element or style attribute for the CSP to block', () => {
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('links the manifest, the favicons and a 180px apple-touch-icon that exist', () => {
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    const touchIcon = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)?.[1];
    expect(touchIcon && distPngSizes(touchIcon)).toBe('180x180');
    const icons = [...html.matchAll(/<link rel="icon" href="([^"]+)"/g)].map((match) => match[1]!);
    for (const href of icons) expect(existsSync(join(DIST, href)), href).toBe(true);
    // An SVG favicon is parsed as a document on the page's main thread at every start: the bitmap one is enough.
    expect(icons).toEqual(['/favicon.ico']);
  });
});

describe('the size budget', () => {
  it('keeps the JavaScript and CSS index.html loads within 35 KB gzip', () => {
    const { js, css } = initialAssets(readDistText('index.html'));
    const bytes = [...js, ...css].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
    expect(bytes, `initial JS and CSS: ${[...js, ...css].join(', ')}`).toBeLessThanOrEqual(MAX_INITIAL_GZIP_BYTES);
  });

  it.each(['en', 'es'])('keeps the first screen within 40 KB gzip with its words in %s, and loads no other language', (folder) => {
    const { js, css } = initialAssets(readDistText('index.html'));
    const code = js.map((file) => readDistText(file)).join('\n');
    // The catalogue chunks, from the loader table in src/i18n/messages.ts: "./es/core.ts":()=>…import(`./core-….js`)
    const chunks = new Map([...code.matchAll(/"\.\/(\w+)\/(\w+)\.ts":\(\)=>[^`]*`\.\/([\w-]+\.js)`/g)]
      .map((m) => [`${m[1]}/${m[2]}`, `assets/${m[3]}`]));
    expect(chunks.size, 'the catalogue loader table').toBeGreaterThan(0);
    // Areas every screen needs, plus each area whose loader (src/i18n/areas/*.ts) the first script imports.
    const areas = new Set(['core', 'pwa', 'storage', ...[...code.matchAll(/await \w+\(`(\w+)`\)/g)].map((m) => m[1] as string)]);
    const words = [...areas].map((area) => chunks.get(`${folder}/${area}`) as string);
    expect(js.filter((file) => [...chunks.values()].includes(file)), 'no catalogue is in the first script').toEqual([]);
    const files = [...js, ...css, ...words];
    const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
    expect(bytes, `first screen: ${files.join(', ')}`).toBeLessThanOrEqual(MAX_FIRST_SCREEN_GZIP_BYTES);
  });

  it('asks for the first words from a small first script that does not wait for the app\'s script', () => {
    const { js } = initialAssets(readDistText('index.html'));
    // The script holding the catalogue's loader table (src/i18n/catalogue-files.ts, run by preload-words.ts).
    const words = js.filter((file) => /"\.\/en\/core\.ts":/.test(readDistText(file)));
    expect(words).toHaveLength(1);
    const [first] = words as [string];
    expect(js.indexOf(first), 'it comes before the app in index.html').toBe(0);
    expect(gzipSync(readFileSync(join(DIST, first))).length, 'it is small').toBeLessThan(3 * 1024);
    // It imports nothing, so the browser runs it as soon as it arrives, not after the app's script.
    expect(readDistText(first)).not.toMatch(/^import\b|\bimport\s*[{"'`*]|\bfrom\s*["'`]/m);
  });

  it('loads the session engine with the player, not with the first screen', () => {
    const { js } = initialAssets(readDistText('index.html'));
    // Codes only the session engine uses: a skipped exercise, an early end, the closing chime.
    const engine = js.filter((file) => /["'`](skip-exercise|end-early|session-complete)["'`]/.test(readDistText(file)));
    expect(engine).toEqual([]);
  });

  it('keeps everything precached for offline use within 1.5 MB', () => {
    const bytes = precachedUrls().reduce((sum, file) => sum + distFileSize(file), 0);
    expect(bytes).toBeLessThanOrEqual(MAX_TOTAL_PRECACHE_BYTES);
  });
});

