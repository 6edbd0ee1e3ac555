/**
 * Lighthouse mobile side by side: Flarewise's build and the builds of other apps ("peers"), in interleaved rounds
 * on one machine, so a busy moment weighs on every app alike. A peer is any folder of built static files; it is
 * served without Flarewise's security headers (it was built for its own). Prints each app's runs and medians and
 * merges them into bench/results.json as `peers`.
 * Two controls run in the same rounds: a page of static text with no script, and the one-script page of
 * bench/home-floor.mjs. They show what this machine gives a page that does almost nothing, so an app's figures can
 * be read against them (here a no-script page has been seen to score 96 with 226 ms of TBT).
 * Usage: node bench/peers.mjs --peer name=/path/to/build[@/start/path/] [--peer …] [--dist dist] [--runs 3]
 * How the peers compared in the README were built: bench/README.md.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { medianByKey } from './stats.mjs';
import { FLOOR_FILES, writeSite } from './home-floor.mjs';

const { values: options } = parseArgs({
  options: {
    peer: { type: 'string', multiple: true, default: [] },
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});

/** "name=/dir@/path/" → { name, root, path }. */
function parsePeer(text) {
  const match = /^([^=]+)=([^@]+)(?:@(.*))?$/.exec(text);
  if (!match) throw new Error(`--peer ${text}: expected name=/path/to/build or name=/path/to/build@/start/path/`);
  return { name: match[1], root: resolve(match[2]), path: (match[3] ?? '/').replace(/^\/?/, '') };
}

/** A page of static text the size of the welcome's first lines: no script, no style sheet, nothing to fetch. */
const STATIC_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8">'
  + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Static text</title></head>'
  + '<body><main><h1>Welcome</h1><p>A gentle, offline exercise coach for back and hip pain with lupus. It does not '
  + 'replace your care team and cannot diagnose anything.</p></main></body></html>\n';
const controls = [
  { name: 'control-static-text', root: await writeSite({ 'index.html': STATIC_PAGE }), path: '' },
  { name: 'control-one-script', root: await writeSite(FLOOR_FILES), path: '' },
];
const apps = [{ name: 'flarewise', root: resolve(options.dist), path: '', own: true }, ...options.peer.map(parsePeer), ...controls];
const servers = await Promise.all(apps.map((app) => startServer({
  root: app.root, port: 0, ...(app.own ? {} : { securityHeaders: {} }),
})));
const runs = Object.fromEntries(apps.map((app) => [app.name, []]));
try {
  // Each server compresses its files in the background as it starts; let that finish before the first run.
  await new Promise((done) => setTimeout(done, 4000));
  for (let round = 0; round < Number(options.runs); round += 1) {
    for (const [index, app] of apps.entries()) {
      const figures = await measureLighthouse({ url: servers[index].url + app.path });
      runs[app.name].push(figures);
      console.log(`round ${round + 1} ${app.name}: score ${figures.lighthousePerformanceScore}, TBT ${figures.tbtMs} ms, LCP ${figures.lcpMs} ms, CLS ${figures.cls}`);
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
  await Promise.all(controls.map((control) => rm(control.root, { recursive: true, force: true })));
}

const summary = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, { median: medianByKey(list), runs: list }]));
for (const [name, { median }] of Object.entries(summary)) {
  console.log(`${name}: median score ${median.lighthousePerformanceScore}, TBT ${median.tbtMs} ms, LCP ${median.lcpMs} ms`);
}
const results = JSON.parse(await readFile(options.out, 'utf8').catch(() => '{}'));
results.peers = { date: new Date().toISOString(), statistic: `median of ${options.runs} interleaved rounds`, apps: summary };
await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
