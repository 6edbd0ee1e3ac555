/**
 * Renders every exercise figure's start and end frames side by side, in the app's light and dark
 * colours, into a few PNGs to look at together (the frames come from the SVG's own animation clock,
 * paused at the start and at the end pose). Frames are about the size the player shows on a phone.
 * Usage: node scripts/contact-sheet.mjs [--out DIR] [--mid] [--only WORD[,WORD…]] [--size PX]
 *   --mid adds the halfway frame; --only keeps exercises whose id contains WORD (or one of WORD,WORD);
 *   --size sets each frame's width (default 160 px, about the player's on a phone). Default DIR: /tmp/contact-sheet
 */
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PER_PAGE = 24;
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i === -1 ? fallback : process.argv[i + 1]; };
const OUT = arg('--out', '/tmp/contact-sheet');
const ONLY = arg('--only', '');
const MID = process.argv.includes('--mid');
const SIZE = Number(arg('--size', 160));

/** Every exercise with its name and figure text, in id order. */
async function figures() {
  const files = (await readdir(`${ROOT}exercises`)).filter((f) => f.endsWith('.json')).sort();
  const list = [];
  for (const file of files) {
    const ex = JSON.parse(await readFile(`${ROOT}exercises/${file}`, 'utf8'));
    if (ONLY && !ONLY.split(',').some((word) => ex.id.includes(word))) continue;
    list.push({ id: ex.id, svg: await readFile(`${ROOT}exercises/${ex.illustration}`, 'utf8') });
  }
  return list;
}

/** As many cards across as fit in about 1400 px (four at the default size). */
const columns = (card) => Math.max(1, Math.floor(1400 / card));

/** One page of cards; each frame is a copy of the figure, paused later at its moment by `freeze`. */
function pageHtml(css, items) {
  const frames = MID ? ['start', 'mid', 'end'] : ['start', 'end'];
  const cards = items.map(({ id, svg }) => `<section class="cs-card"><h2>${id} <small>${svg.length} B</small></h2><div class="cs-row">`
    + frames.map((f) => `<div class="figure" data-frame="${f}">${svg}</div>`).join('') + '</div></section>').join('');
  const card = frames.length * (SIZE + 4) + 12;
  const layout = `body{margin:8px;display:grid;grid-template-columns:repeat(${columns(card)},${card}px);gap:8px}
    .cs-card{background:var(--surface);border-radius:12px;padding:6px}.cs-card h2{font-size:13px;margin:0 0 4px}
    .cs-card small{color:var(--muted);font-weight:400}.cs-row{display:flex;gap:4px}.figure{width:${SIZE}px;height:${SIZE * 0.75}px}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}${layout}</style></head><body>${cards}</body></html>`;
}

/** Pauses every figure at its frame's moment: 0, the end pose, or halfway there. */
function freeze() {
  for (const host of document.querySelectorAll('.figure')) {
    const svg = host.querySelector('svg');
    const anim = svg.querySelector('animate, animateTransform');
    svg.pauseAnimations();
    if (!anim) continue;
    const endAt = Number(anim.getAttribute('keyTimes').split(';')[1]) * anim.getSimpleDuration();
    svg.setCurrentTime({ start: 0, mid: endAt / 2, end: endAt }[host.dataset.frame]);
  }
}

const css = (await readFile(`${ROOT}src/ui/styles.css`, 'utf8')) + (await readFile(`${ROOT}src/ui/styles/figure.css`, 'utf8'));
const list = await figures();
await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
for (const colorScheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1420, height: 800 }, colorScheme });
  for (let n = 0; n * PER_PAGE < list.length; n++) {
    await page.setContent(pageHtml(css, list.slice(n * PER_PAGE, (n + 1) * PER_PAGE)));
    await page.evaluate(freeze);
    const file = `${OUT}/contact-${colorScheme}-${n + 1}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
