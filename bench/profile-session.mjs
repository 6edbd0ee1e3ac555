/**
 * Profiles the Start tap and a session in Chromium: prints each long task and the CPU profile's
 * self time summed by function (top 25). A tool for finding jank, not a benchmark figure.
 * Usage: node bench/profile-session.mjs --dist DIR [--seconds 30] [--skips N] [--end] [--slowdown 4]
 * (--skips taps Skip N times, a second apart, after the wait; --end then ends the session,, to profile finishing; --slowdown runs the page's CPU that many times slower, like a mid-range phone).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve.mjs';
import { importAppModule } from './app-modules.mjs';
import { selfTimeByFunction } from './cpu-profile.mjs';
import { launchChromium } from './launch-chromium.mjs';
import { installProbes, readProbes } from './page-probes.mjs';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, seconds: { type: 'string', default: '30' }, skips: { type: 'string', default: '0' }, end: { type: 'boolean', default: false }, slowdown: { type: 'string', default: '1' } } });

const server = await startServer({ root: values.dist, port: 0 });
const chromium = await launchChromium({ extraArgs: ['--window-size=390,844', '--autoplay-policy=no-user-gesture-required'] });
try {
  await installProbes(chromium.context);
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await page.goto(server.url);
  const { seedCheckedIn } = await importAppModule('tests/e2e/seed.ts');
  await seedCheckedIn(page);
  await page.evaluate(() => navigator.serviceWorker?.ready);
  await page.waitForLoadState('networkidle');
  await sleep(2000);
  const cdp = await chromium.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.slowdown) });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const tappedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: /^Start:/ }).first().click();
  await sleep(Number(values.seconds) * 1000);
  for (let i = 0; i < Number(values.skips); i++) {
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await sleep(1000);
  }
  const checkpointBytes = await page.evaluate(() => new Promise((resolve) => {
    indexedDB.open('flarewise').onsuccess = (e) => {
      const get = e.target.result.transaction('checkpoint').objectStore('checkpoint').get('current');
      get.onsuccess = () => resolve(JSON.stringify(get.result ?? null).length);
    };
  }));
  console.log(`checkpoint: ${checkpointBytes} bytes of JSON`);
  if (values.end) {
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, end now' }).click();
    await sleep(3000);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const probes = await readProbes(page);
  console.log('long tasks after tap (ms since tap, duration):');
  for (const task of probes.longTasks.filter((x) => x.startTime >= tappedAt)) console.log(`  +${Math.round(task.startTime - tappedAt)}  ${Math.round(task.duration)}`);
  const cues = probes.cues.map((c) => ({ cue: c.cue, timer: c.firedAt - c.plannedAt, heard: c.heardAt === undefined ? null : c.heardAt - c.plannedAt }));
  console.log('cues:', JSON.stringify(cues));
  console.log('self time by function:');
  for (const [name, ms] of selfTimeByFunction(profile).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
} finally {
  await chromium.close();
  await server.close();
}
