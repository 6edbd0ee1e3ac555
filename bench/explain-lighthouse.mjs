/**
 * One Lighthouse mobile run against a build, explained: the metrics, what the LCP element was and where
 * its time went, the long tasks (throttled, as Lighthouse counts them), the layout shifts and the requests.
 * For finding out why a figure in bench/results.json moved; the bench itself reports medians.
 * Usage: node bench/explain-lighthouse.mjs [--dist dist] [--out /tmp/lighthouse.json]
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve.mjs';
import { measureLighthouse } from './lighthouse.mjs';

const { values: options } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' } },
});

const server = await startServer({ root: resolve(options.dist), port: 0 });
try {
  // The server compresses every file in the background as it starts; let it finish so it does not share the CPU.
  await new Promise((done) => setTimeout(done, 4000));
  let report;
  const figures = await measureLighthouse({ url: server.url, keep: (lhr) => { report = lhr; } });
  const { audits } = report;
  const items = (id) => audits[id]?.details?.items ?? [];
  console.log(`${report.finalDisplayedUrl}`);
  console.log(figures);
  for (const id of ['first-contentful-paint', 'speed-index', 'interactive', 'max-potential-fid']) {
    console.log(`${id}: ${Math.round(audits[id].numericValue)}`);
  }
  const [element, phases] = items('largest-contentful-paint-element');
  console.log('LCP element:', element?.items?.[0]?.node?.selector, '—', element?.items?.[0]?.node?.nodeLabel);
  for (const phase of phases?.items ?? []) console.log(`  ${phase.phase}: ${Math.round(phase.timing)} ms`);
  console.log('Long tasks (throttled):');
  for (const task of items('long-tasks')) console.log(`  ${Math.round(task.startTime)} ms  ${Math.round(task.duration)} ms  ${task.url}`);
  console.log('Layout shifts:');
  for (const shift of items('layout-shifts')) console.log(`  ${shift.score.toFixed(3)}  ${shift.node?.selector}`);
  console.log('Requests (ms from start, transfer bytes):');
  for (const request of items('network-requests')) {
    console.log(`  ${Math.round(request.networkRequestTime)}–${Math.round(request.networkEndTime)}  ${request.transferSize}  ${new URL(request.url).pathname}`);
  }
  if (options.out) await writeFile(options.out, JSON.stringify(report, null, 1));
} finally {
  await server.close();
}
