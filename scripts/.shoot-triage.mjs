import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '/work/wt/triage/scripts/find-chromium.mjs';
import { startServer } from '/work/wt/triage/scripts/serve.mjs';

const server = await startServer({ root: '/work/wt/triage/dist', port: 4391 });
const base = 'http://localhost:4391/';
const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS] });
const CASES = {
  fever: { outcome: 'emergency', reasons: ['fever'] },
  saddle: { outcome: 'emergency', reasons: ['bowel-bladder-or-saddle', 'leg-weakness'] },
  fall: { outcome: 'urgent', reasons: ['pain-after-fall-or-lift'] },
  caution: { outcome: 'caution', reasons: ['groin-hip-pain-on-steroids'] },
};
const sizes = { phone: { width: 390, height: 844 }, small: { width: 320, height: 568 } };
const only = process.argv[2];
for (const [name, triage] of Object.entries(CASES)) {
  if (only && only !== name) continue;
  for (const [sizeName, viewport] of Object.entries(sizes)) for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('h1').first().waitFor();
    await page.evaluate(async ({ triage, name }) => {
      const now = new Date(); const pad = (n) => String(n).padStart(2, '0');
      const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      const db = await new Promise((r) => { const q = indexedDB.open('flarewise'); q.onsuccess = () => r(q.result); });
      const tx = db.transaction(['settings', 'checkIns'], 'readwrite');
      tx.objectStore('settings').put({ key: 'onboarded', value: true });
      tx.objectStore('settings').put({ key: 'emergencyNumber', value: '999' });
      tx.objectStore('settings').put({ key: 'profile', value: { steroidsLongTerm: true } });
      if (name !== 'saddle') tx.objectStore('settings').put({ key: 'careTeam', value: { 'family-doctor': { name: 'Dr Okafor', phone: '02079460123' }, rheumatology: { name: '', phone: '02079460999' } } });
      tx.objectStore('checkIns').put({ flare: 'none', pain: 4, fatigue: 3, hotJoints: [], safety: {}, date, at: now.getTime(),
        triage: { ...triage, unanswered: [] }, origin: 'device', tier: { tier: 'amber', reasons: [{ code: 'pain', value: 4 }] } });
      await new Promise((r) => { tx.oncomplete = r; }); db.close();
    }, { triage, name });
    await page.goto(name === 'caution' ? `${base}today` : base);
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/shots-triage/${name}-${sizeName}-${scheme}.png`, fullPage: true });
    await context.close();
  }
}
await browser.close();
await server.close();
