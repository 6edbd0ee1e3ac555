/**
 * Lighthouse mobile side by side: Flarewise's build and the builds of other apps ("peers"), in interleaved rounds
 * on one machine, so a busy moment weighs on every app alike. A peer is any folder of built static files; it is
 * served without Flarewise's security headers (it was built for its own). Prints each app's runs and medians and
 * merges them into bench/results.json as `peers`.
 * Usage: node bench/peers.mjs --peer name=/path/to/build[@/start/path/] [--peer …] [--dist dist] [--runs 3]
 * How the peers compared in the README were built: bench/README.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { medianByKey } from './stats.mjs';

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

const apps = [{ name: 'flarewise', root: resolve(options.dist), path: '', own: true }, ...options.peer.map(parsePeer)];
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
}

const summary = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, { median: medianByKey(list), runs: list }]));
for (const [name, { median }] of Object.entries(summary)) {
  console.log(`${name}: median score ${median.lighthousePerformanceScore}, TBT ${median.tbtMs} ms, LCP ${median.lcpMs} ms`);
}
const results = JSON.parse(await readFile(options.out, 'utf8').catch(() => '{}'));
results.peers = { date: new Date().toISOString(), statistic: `median of ${options.runs} interleaved rounds`, apps: summary };
await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
