import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';
const server = await startServer({ root: 'dist', port: 4392 });
const base = 'http://localhost:4392/';
const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS] });
for (const [sizeName, viewport] of Object.entries({ phone: { width: 390, height: 844 }, small: { width: 320, height: 568 } })) for (const scheme of ['light', 'dark']) {
  const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base); await page.locator('h1').first().waitFor();
  await page.evaluate(async () => {
    const db = await new Promise((r) => { const q = indexedDB.open('flarewise'); q.onsuccess = () => r(q.result); });
    const tx = db.transaction(['settings'], 'readwrite');
    tx.objectStore('settings').put({ key: 'onboarded', value: true });
    tx.objectStore('settings').put({ key: 'profile', value: { steroidsLongTerm: true, immunosuppressants: true } });
    tx.objectStore('settings').put({ key: 'careTeam', value: { 'family-doctor': { name: 'Dr Okafor', phone: '02079460123' } } });
    await new Promise((r) => { tx.oncomplete = r; }); db.close();
  });
  await page.goto(`${base}check-in`); await page.locator('h1').first().waitFor();
  await page.getByRole('checkbox', { name: /minor fall/ }).check();
  await page.getByRole('checkbox', { name: 'A doctor has already checked it' }).waitFor();
  await page.locator('#q-safety').screenshot({ path: `/tmp/shots-triage/checkin-safety-${sizeName}-${scheme}.png` });
  await page.goto(`${base}settings`); await page.locator('h1').first().waitFor();
  await page.getByRole('heading', { name: 'Your care team' }).scrollIntoViewIfNeeded();
  await page.locator('section[aria-labelledby="care-team-title"]').screenshot({ path: `/tmp/shots-triage/careteam-${sizeName}-${scheme}.png` });
  await context.close();
}
await browser.close(); await server.close();
