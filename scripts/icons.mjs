/**
 * Renders every PNG icon from public/icon.svg with the system Chromium (playwright-core), plus the
 * two shortcut icons and public/favicon.ico. Run after editing the SVG: node scripts/icons.mjs
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.mjs';

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));
const THEME = '#2f5d62';
const LIGHT = '#f6f4ef';

/** The app mark with its corners squared off, for platforms that apply their own mask. */
function fullBleed(svg) {
  const squared = svg.replace(/(<rect id="tile-shape"[^>]*?) rx="\d+"/, '$1 rx="0"');
  if (squared === svg) throw new Error('public/icon.svg needs <rect id="tile-shape" … rx="…">');
  return squared;
}

/** A shortcut icon: the rounded theme tile with one light glyph, kept inside the safe zone. */
function shortcutSvg(glyph) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="112" fill="${THEME}"/>${glyph}</svg>`;
}

const HEART = `<path fill="${LIGHT}" d="M256 388 C150 318 120 270 120 222 C120 180 152 150 192 150
  C220 150 242 166 256 190 C270 166 292 150 320 150 C360 150 392 180 392 222 C392 270 362 318 256 388 Z"/>`;
const PLAY = `<path fill="${LIGHT}" stroke="${LIGHT}" stroke-width="36" stroke-linejoin="round"
  d="M206 166 L362 256 L206 346 Z"/>`;

/** Renders an SVG string to a square PNG (transparent where the SVG is). */
async function renderPng(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${sized}</body>`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** Packs PNG images into one .ico (PNG payloads are valid ICO entries since Windows Vista). */
export function packIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** Every PNG we ship: file under public/, source SVG and pixel size. */
function iconJobs(svg) {
  return [
    { file: 'icons/icon-192.png', svg, size: 192 },
    { file: 'icons/icon-512.png', svg, size: 512 },
    { file: 'icons/icon-maskable-512.png', svg: fullBleed(svg), size: 512 },
    // iOS rounds the corners itself and paints transparency black, so this one is full-bleed too.
    { file: 'icons/apple-touch-icon-180.png', svg: fullBleed(svg), size: 180 },
    { file: 'icons/shortcut-check-in-96.png', svg: shortcutSvg(HEART), size: 96 },
    { file: 'icons/shortcut-today-96.png', svg: shortcutSvg(PLAY), size: 96 },
  ];
}

/** Renders all icons and the favicon into public/. */
async function main() {
  const svg = await readFile(`${PUBLIC_DIR}icon.svg`, 'utf8');
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    await mkdir(`${PUBLIC_DIR}icons`, { recursive: true });
    for (const job of iconJobs(svg)) {
      await writeFile(`${PUBLIC_DIR}${job.file}`, await renderPng(page, job.svg, job.size));
      console.log(`public/${job.file} (${job.size}px)`);
    }
    const favicons = [];
    for (const size of [16, 32, 48]) favicons.push({ size, png: await renderPng(page, svg, size) });
    await writeFile(`${PUBLIC_DIR}favicon.ico`, packIco(favicons));
    console.log('public/favicon.ico (16, 32, 48px)');
  } finally {
    await browser.close();
  }
}

await main();
