/** Measures the built app: gzip size of what the first screen loads, of the lazy chunks, and of the precache. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importAppModule } from './app-modules.mjs';

/** The value of one attribute in a tag's source, or null. */
const attribute = (tag, name) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1] ?? null;

/** Root-relative asset paths index.html loads directly: module scripts + modulepreloads, and stylesheets. */
export function initialAssets(html) {
  const js = new Set();
  const css = new Set();
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel');
    if (/^<script/i.test(tag) && attribute(tag, 'type') === 'module' && attribute(tag, 'src')) js.add(attribute(tag, 'src'));
    else if (rel === 'modulepreload') js.add(attribute(tag, 'href'));
    else if (rel === 'stylesheet') css.add(attribute(tag, 'href'));
  }
  const strip = (paths) => [...paths].map((path) => path.replace(/^\//, ''));
  return { js: strip(js), css: strip(css) };
}

// Level 9: what a host that pre-compresses its static files serves.
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every .js file under dir, as paths relative to root. */
function jsFilesUnder(root, dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return jsFilesUnder(root, path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Bundle figures (bytes) for a built dist/ directory. */
export async function measureBundle(dist) {
  const { precachedUrls } = await importAppModule('tests/e2e/dist-files.ts');
  const { js, css } = initialAssets(readFileSync(join(dist, 'index.html'), 'utf8'));
  const sum = (files, size) => files.reduce((total, file) => total + size(join(dist, file)), 0);
  // Lazy chunks are the rest of Vite's output in assets/; sw.js and the workbox runtime run in the worker, not the page.
  const lazy = jsFilesUnder(dist, 'assets').filter((file) => !js.includes(file));
  const precache = precachedUrls(readFileSync(join(dist, 'sw.js'), 'utf8'));
  return {
    initialGzipBytes: sum([...js, ...css], gzipBytes),
    initialJsGzipBytes: sum(js, gzipBytes),
    initialCssGzipBytes: sum(css, gzipBytes),
    lazyJsGzipBytes: sum(lazy, gzipBytes),
    precacheBytes: sum(precache, (file) => statSync(file).size),
    precacheEntryCount: precache.length,
  };
}
