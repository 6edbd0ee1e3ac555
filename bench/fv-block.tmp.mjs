import { resolve } from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from './launch-chromium.mjs';
const root = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 3);
const server = await startServer({ root: resolve(root), port: 0 });
await new Promise((d) => setTimeout(d, 3000));
for (let run = 0; run < runs; run++) {
  const chromium = await launchChromium();
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await page.setViewportSize({ width: 412, height: 823 });
  await chromium.context.addInitScript(() => {
    const r = (window.__fv = { tasks: [], paints: [] });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) r.tasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) r.paints.push([e.name, Math.round(e.startTime)]); }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) r.lcp = Math.round(e.startTime); }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const cdp = await chromium.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1638.4 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
  await page.goto(server.url);
  await new Promise((d) => setTimeout(d, 10000));
  const fv = await page.evaluate(() => window.__fv);
  if (process.env.RES) console.log((await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [Math.round(e.startTime), Math.round(e.responseEnd), e.initiatorType, e.name.split('/').pop()]))).map((r) => r.join(' ')).join('\n'));
  const fcp = fv.paints.find((p) => p[0] === 'first-contentful-paint')?.[1];
  const after = fv.tasks.filter((t) => t[0] >= fcp);
  const blocking = after.reduce((s, t) => s + Math.max(0, t[1] - 50), 0);
  console.log(`run ${run + 1}: FCP ${fcp} LCP ${fv.lcp} blocking after FCP ${blocking} ms; tasks after FCP ${JSON.stringify(after)}; before ${JSON.stringify(fv.tasks.filter((t) => t[0] < fcp))}`);
  await chromium.close();
}
await server.close();
