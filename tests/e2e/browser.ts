/** Launches the system Chromium and watches a browser context for the problems every e2e test forbids. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

/** One securitypolicyviolation event, as the page saw it. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  sample: string;
}

/** What went wrong in a context, collected as it happens (pages and service worker alike). */
export interface ContextWatch {
  consoleErrors: string[];
  cspViolations: CspViolation[];
  /** Every request to an origin other than the app's. */
  foreignRequests: string[];
  /** Requests that failed at the network level (offline misses, blocked loads). */
  failedRequests: string[];
}

/** Launches headless Chromium from the system (CHROME_PATH or the usual /usr/bin paths). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run node scripts/e2e.mjs, which installs or explains.');
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/** Records CSP violations on window.__cspViolations and reports them to the test at once. */
function cspListener(): void {
  const store: unknown[] = [];
  Object.defineProperty(window, '__cspViolations', { value: store });
  document.addEventListener('securitypolicyviolation', (event) => {
    const detail = {
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      sample: event.sample,
    };
    store.push(detail);
    (window as unknown as { __reportCspViolation(detail: unknown): void }).__reportCspViolation(detail);
  });
}

/** Attaches a watch to a context before any page opens in it. */
export async function watchContext(context: BrowserContext, baseUrl: string): Promise<ContextWatch> {
  const watch: ContextWatch = { consoleErrors: [], cspViolations: [], foreignRequests: [], failedRequests: [] };
  const appOrigin = new URL(baseUrl).origin;
  // A binding survives reloads and navigations, unlike state kept on window.
  await context.exposeBinding('__reportCspViolation', (_source, detail: CspViolation) => {
    watch.cspViolations.push(detail);
  });
  await context.addInitScript(cspListener);
  context.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (error) => watch.consoleErrors.push(String(error.error())));
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== appOrigin) watch.foreignRequests.push(url);
  });
  context.on('requestfailed', (request) => {
    // A load cut short because the test navigated on is not an offline miss.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    watch.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  return watch;
}

/** A fresh incognito-like context (its own service workers and storage), watched. */
export async function newWatchedContext(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; watch: ContextWatch }> {
  const context = await browser.newContext(options);
  return { context, watch: await watchContext(context, baseUrl) };
}

/**
 * A watched context with a real (temporary) profile, for checks Chromium refuses in incognito,
 * such as installability. close() shuts that browser and deletes the profile.
 */
export async function launchProfileContext(
  baseUrl: string,
): Promise<{ context: BrowserContext; watch: ContextWatch; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run node scripts/e2e.mjs, which installs or explains.');
  const profile = await mkdtemp(join(tmpdir(), 'flarewise-e2e-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  const close = async (): Promise<void> => {
    await context.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return { context, watch: await watchContext(context, baseUrl), close };
}

/** Resolves once the page's service worker is active (its precache is complete). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** A watched phone-size page (390×844), optionally on a fixed clock; close() asserts the run stayed clean. */
export async function openPhone(
  browser: Browser,
  baseUrl: string,
  options: { time?: Date; contextOptions?: BrowserContextOptions } = {},
): Promise<{ page: Page; context: BrowserContext; watch: ContextWatch; close(): Promise<void> }> {
  const { context, watch } = await newWatchedContext(browser, baseUrl, { viewport: { width: 390, height: 844 }, ...options.contextOptions });
  const page = await context.newPage();
  if (options.time) await page.clock.install({ time: options.time });
  return {
    page, context, watch,
    async close() {
      expectClean(watch);
      await context.close();
    },
  };
}

/** No CSP violation, no request to another origin, no console error. */
export function expectClean(watch: ContextWatch): void {
  if (watch.cspViolations.length) throw new Error(`CSP violations: ${JSON.stringify(watch.cspViolations)}`);
  if (watch.foreignRequests.length) throw new Error(`Requests to other origins: ${watch.foreignRequests.join(', ')}`);
  if (watch.consoleErrors.length) throw new Error(`Console errors: ${watch.consoleErrors.join('\n')}`);
}

/** One Chromium for a test file: launched before its first test, closed after its last. Call it at the top level. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });
  return () => {
    if (!browser) throw new Error('The browser was asked for before beforeAll launched it.');
    return browser;
  };
}
