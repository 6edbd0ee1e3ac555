/**
 * The floor under `homeWithHistoryMs`: the least a returning visit can do in this browser on this machine. A page
 * of one script, served by its own service worker, that opens IndexedDB, reads one record and draws the two marks
 * bench/screen-drawn.mjs waits for, timed by the same harness as the app's home. What the app adds is the rest.
 * Usage: imported by bench/history-browser.mjs (measureFloor), or run alone: node bench/home-floor.mjs [--runs 3]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from './launch-chromium.mjs';
import { phonePage, screenDrawnAt, timeReturningVisit } from './screen-drawn.mjs';
import { median } from './stats.mjs';

/** The floor page's files: one script that opens IndexedDB, reads one record and draws; its service worker. */
export const FLOOR_FILES = {
  'index.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>'
    + '<script type="module" src="/floor.js"></script></head><body><main id="root"></main></body></html>\n',
  'floor.js': `if (!navigator.serviceWorker.controller) navigator.serviceWorker.register('/sw.js');
const open = indexedDB.open('floor', 1);
open.onupgradeneeded = () => open.result.createObjectStore('days').put(1826, 'streak');
open.onsuccess = () => {
  const read = open.result.transaction('days').objectStore('days').get('streak');
  read.onsuccess = () => {
    document.getElementById('root').innerHTML = '<h2>Choose a routine</h2><p class="progress-streak">' + read.result + ' days of taking care</p>';
  };
};
`,
  'sw.js': `self.addEventListener('install', (e) => e.waitUntil(caches.open('floor').then((c) => c.addAll(['/', '/floor.js'])).then(() => self.skipWaiting())));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => e.respondWith(caches.match(e.request.mode === 'navigate' ? '/' : new URL(e.request.url).pathname).then((r) => r ?? fetch(e.request))));
`,
};

/** Writes `files` (name → text) into a new folder under the system's temporary folder and resolves with its path. */
export async function writeSite(files) {
  const root = await mkdtemp(join(tmpdir(), 'flarewise-site-'));
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(root, name), text)));
  return root;
}

/** The median, over `runs` fresh browsers, of `visits` returning visits each (after one to install): ms to the frame drawn. */
export async function measureFloor({ runs = 3, visits = 5 } = {}) {
  const root = await writeSite(FLOOR_FILES);
  const server = await startServer({ root, port: 0 });
  const times = [];
  try {
    for (let run = 0; run < runs; run++) {
      const chromium = await launchChromium();
      try {
        const page = await phonePage(chromium);
        await page.goto(server.url);
        await screenDrawnAt(page);
        await page.evaluate(() => navigator.serviceWorker.ready);
        for (let visit = 0; visit < visits; visit++) times.push(await timeReturningVisit(page, server.url));
      } finally {
        await chromium.close();
      }
    }
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
  return Math.round(median(times));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  console.log(`homeFloorMs ${await measureFloor({ runs: Number(values.runs) })}`);
}
