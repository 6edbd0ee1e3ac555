/**
 * WebKit smoke: the built app in WebKitGTK's MiniBrowser, driven by WebKitWebDriver (classic WebDriver over
 * HTTP, no client library) under Xvfb. Checks that the app loads, its service worker becomes ready, a
 * check-in written to IndexedDB survives a reload and is read by the app, and a routine starts and fires its
 * cues; reports whether the audio clock advances (it may not on a machine without a sound device).
 * Needs: apt-get install -y webkit2gtk-driver xvfb. Usage: npm run build && node scripts/webkit-smoke.mjs
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer } from './serve.mjs';

const DRIVER_PORT = 4444 + Math.floor(Math.random() * 1000);
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const driverUrl = `http://127.0.0.1:${DRIVER_PORT}`;

/**
 * One WebDriver command. WebKitWebDriver can hold the first command after a navigation until the page settles
 * (measured: 30 s for a script sent while the app was still routing / to /welcome), so every command has a
 * deadline and the polls below simply ask again.
 */
async function call(method, path, body, ms = 10_000) {
  const response = await fetch(`${driverUrl}${path}`, {
    method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body), signal: AbortSignal.timeout(ms),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

/** Polls `script` (a function body returning a value) until it returns something truthy. */
async function waitFor(session, script, ms = 20_000, mode = 'sync') {
  const until = Date.now() + ms;
  for (;;) {
    const value = await call('POST', `/session/${session}/execute/${mode}`, { script, args: [] }, mode === 'async' ? 35_000 : 10_000).catch(() => null);
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for: ${script}`);
    await sleep(250);
  }
}

const SEED = `const done = arguments[arguments.length - 1];
const request = indexedDB.open('flarewise');
request.onerror = () => done('open failed');
request.onsuccess = () => {
  const db = request.result; const now = new Date(); const pad = (n) => String(n).padStart(2, '0');
  const date = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  const tx = db.transaction(['settings', 'checkIns'], 'readwrite');
  tx.objectStore('settings').put({ key: 'onboarded', value: true });
  tx.objectStore('checkIns').put({ flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date, at: now.getTime(),
    triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device', tier: { tier: 'green', reasons: [] } });
  tx.oncomplete = () => { db.close(); done('ok'); };
  tx.onerror = () => done(String(tx.error));
};`;

const APP_DATABASE_MADE = `const done = arguments[arguments.length - 1];
indexedDB.databases().then((list) => done(list.some((db) => db.name === 'flarewise' && db.version > 1)), () => done(false));`;

const COUNT_CHECK_INS = `const done = arguments[arguments.length - 1];
const request = indexedDB.open('flarewise');
request.onsuccess = () => { const c = request.result.transaction('checkIns').objectStore('checkIns').count(); c.onsuccess = () => done(c.result); };
request.onerror = () => done(-1);`;

const SPEECH_LENGTH = `const done = arguments[arguments.length - 1];
caches.open('flarewise-speech').then((cache) => cache.keys()).then(async ([key]) => {
  if (!key) return done('not cached');
  const bytes = await (await caches.match(key)).arrayBuffer();
  const buffer = await new OfflineAudioContext(1, 1, 16000).decodeAudioData(bytes);
  done(Math.round(buffer.duration * 1000));
}).catch((error) => done(String(error)));`;

// Found or installed like Chromium and Firefox (scripts/find-chromium.mjs): apt when root, else the exact command.
const INSTALL = 'apt-get update && apt-get install -y webkit2gtk-driver xvfb';
const present = () => existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/xvfb-run') && existsSync(MINIBROWSER);
if (!present() && process.getuid?.() === 0) spawnSync('sh', ['-c', INSTALL], { stdio: 'inherit' });
if (!present()) {
  console.error(`WebKitWebDriver, MiniBrowser or xvfb-run not found. Install them with:\n  sudo ${INSTALL}`);
  process.exit(1);
}

const server = await startServer({ root: process.env.FLAREWISE_DIST ?? 'dist', port: 0 });
const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${DRIVER_PORT}`], { stdio: 'ignore', detached: true });
const result = { loaded: false, serviceWorkerReady: false, checkInSurvivedReload: false, routineStarted: false, cuesFired: 0 };
let session;
// The whole smoke stays inside its three minutes: if WebKitGTK stops answering, say where it was and stop.
const watchdog = setTimeout(() => {
  console.log(JSON.stringify({ ...result, error: 'WebKitGTK stopped answering; the smoke gave up after 170 s' }, null, 2));
  try { process.kill(-driver.pid); } catch { /* already gone */ }
  process.exit(1);
}, 170_000);
try {
  await sleep(1500);
  ({ sessionId: session } = await call('POST', '/session', {
    capabilities: { alwaysMatch: {
      browserName: 'MiniBrowser', pageLoadStrategy: 'eager',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    } },
  }));
  await call('POST', `/session/${session}/timeouts`, { script: 30_000 });
  const go = (path) => call('POST', `/session/${session}/url`, { url: `${server.url}${path}` }, 30_000).catch(() => {});
  // A cold first start of WebKitGTK (a fresh profile, caches being built) can outlast one wait: load once more.
  const H1 = 'return !!document.querySelector("h1")';
  await go('');
  result.loaded = await waitFor(session, H1, 45_000).catch(async () => {
    await go('');
    return waitFor(session, H1, 45_000);
  });
  result.serviceWorkerReady = await waitFor(session,
    'const done = arguments[0]; navigator.serviceWorker.ready.then(() => done(true)); setTimeout(() => done(false), 20000);', 30_000, 'async',
  ).catch(() => false);
  // The app makes its database on its first open (tests/e2e/seed.ts, waitForAppDatabase): wait for it before seeding.
  await waitFor(session, APP_DATABASE_MADE, 20_000, 'async');
  result.seeded = await waitFor(session, SEED, 20_000, 'async');
  await call('POST', `/session/${session}/refresh`, {}, 30_000).catch(() => {});
  await waitFor(session, H1);
  result.checkInSurvivedReload = await waitFor(session, COUNT_CHECK_INS, 20_000, 'async').then((count) => count === 1, () => false);
  await go('routine/desk-break');
  const start = await waitFor(session, 'return [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Start this routine")');
  await waitFor(session, 'window.__cues = 0; window.addEventListener("flarewise:cue", () => { window.__cues += 1; }); return true;');
  await call('POST', `/session/${session}/element/${Object.values(start)[0]}/click`, {}, 30_000);
  await sleep(8000);
  const state = await waitFor(session,
    'const c = window.Howler && window.Howler.ctx; return { cues: window.__cues, phase: (document.querySelector(".phase") || {}).textContent, path: location.pathname, ctx: c ? c.state : null, t0: c ? c.currentTime : null };');
  await sleep(2000);
  const t1 = await call('POST', `/session/${session}/execute/sync`, { script: 'return window.Howler && window.Howler.ctx ? window.Howler.ctx.currentTime : null', args: [] });
  Object.assign(result, {
    routineStarted: state.path === '/play' || Boolean(state.phase), cuesFired: state.cues, phase: state.phase,
    audioContext: state.ctx, audioClockAdvanced: t1 !== null && state.t0 !== null && t1 > state.t0,
  });
  // The spoken words the page cached for its language, decoded as the app does (src/audio/speech-sound.ts): their length in ms.
  result.speechDecodedMs = await call('POST', `/session/${session}/execute/async`, { script: SPEECH_LENGTH, args: [] }, 35_000).catch((e) => String(e.message ?? e));
} catch (error) {
  result.error = String(error.message ?? error).slice(0, 400);
} finally {
  if (session) await call('DELETE', `/session/${session}`).catch(() => {});
  try { process.kill(-driver.pid); } catch { /* already gone */ }
  await server.close();
  clearTimeout(watchdog);
}
console.log(JSON.stringify(result, null, 2));
const ok = result.loaded && result.serviceWorkerReady && result.checkInSurvivedReload && result.routineStarted && result.cuesFired > 0;
process.exit(ok ? 0 : 1);
