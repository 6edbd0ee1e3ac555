/**
 * Lighthouse's mobile performance audit of the home page (its default: a mid-range phone on a
 * slow 4G link, simulated), run in the system Chromium started by launch-chromium.mjs (headless, fresh profile).
 * Returns the score (0–100), LCP, TBT and CLS; run.mjs takes the median of several runs.
 */
import lighthouse from 'lighthouse';
import { launchChromium } from './launch-chromium.mjs';

/** One Lighthouse mobile performance run against `url`; `keep(lhr)` may look at the whole report. */
export async function measureLighthouse({ url, keep }) {
  const chromium = await launchChromium();
  try {
    const result = await lighthouse(url, { port: chromium.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    if (!result) throw new Error('Lighthouse returned no result.');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(runtimeError.message);
    keep?.(result.lhr);
    return {
      lighthousePerformanceScore: Math.round((categories.performance.score ?? Number.NaN) * 100),
      lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
      cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    };
  } finally {
    await chromium.close();
  }
}
