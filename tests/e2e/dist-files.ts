/** Reads the built app in dist/: its files, the service worker's precache list, PNG sizes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of dist/. */
export const DIST = process.env['FLAREWISE_DIST'] ? `${process.env['FLAREWISE_DIST'].replace(/\/$/, '')}/` : fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every file under dist/ as a forward-slash path relative to it (e.g. "assets/index-abc.js"). */
export function listDistFiles(dir: string = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listDistFiles(path);
    return [relative(DIST, path).split(sep).join('/')];
  });
}

/** Size in bytes of a file in dist/. */
export function distFileSize(file: string): number {
  return statSync(join(DIST, file)).size;
}

/** Text of a file in dist/. */
export function readDistText(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The URLs in the precacheAndRoute([...]) list of the generated (minified) dist/sw.js. */
export function precachedUrls(swSource: string = readDistText('sw.js')): string[] {
  const list = /precacheAndRoute\((\[[\s\S]*?\])\s*,/.exec(swSource)?.[1];
  if (!list) throw new Error('No precacheAndRoute([...]) list in dist/sw.js');
  return [...list.matchAll(/url:\s*["']([^"']+)["']/g)].map((match) => match[1]!.replace(/^\//, ''));
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The "WxH" size string of a PNG in dist/ (URL path like "/icons/icon-192.png"). */
export function distPngSizes(urlPath: string): string | null {
  const size = pngSize(readFileSync(join(DIST, urlPath.replace(/^\//, ''))));
  return size && `${size.width}x${size.height}`;
}
