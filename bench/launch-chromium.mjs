/**
 * Starts the system Chromium the way a person's browser runs: headless, but without the flags
 * Playwright adds to stop background throttling, and attached with `noDefaults` so no focus
 * emulation keeps every tab "visible". That is what lets a tab really go hidden and be throttled.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

const STARTUP_TIMEOUT_MS = 20_000;

/** Resolves with the DevTools WebSocket URL Chromium prints on stderr. */
function devtoolsUrl(child) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), STARTUP_TIMEOUT_MS);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it started:\n${output}`));
    });
  });
}

/** Waits for a child to exit, killing it outright if SIGTERM is not enough. */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A fresh Chromium with its own temporary profile: `{ browser, context, close, port }` (context is its only one; port is DevTools'). */
export async function launchChromium({ extraArgs = [] } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run node scripts/find-chromium.mjs, which installs or explains.');
  const profile = await mkdtemp(join(tmpdir(), 'flarewise-bench-'));
  const args = [...CHROMIUM_ARGS, ...extraArgs, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await devtoolsUrl(child);
    const browser = await chromium.connectOverCDP(url, { noDefaults: true, isLocal: true });
    const [context] = browser.contexts();
    const close = async () => {
      await browser.close();
      await stopChild(child);
      await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    };
    return { browser, context, close, port: Number(new URL(url).port) };
  } catch (error) {
    await stopChild(child);
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    throw error;
  }
}
