/**
 * What the static server answers with for a URL path: the file inside the root (with the SPA fallback),
 * its Content-Type, its Cache-Control and its version tag, and the byte range asked for.
 */
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** File extension → Content-Type. */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
});

/** Cache-Control for a URL path: hashed /assets/ never change; everything else revalidates. */
export function cacheControlFor(pathname) {
  // Vite puts a content hash in every /assets/ file name, so a changed file is a new URL.
  if (pathname.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  // index.html, sw.js, the manifest and icons keep their names across releases: always revalidate
  // (cheap thanks to the ETag) so an update is seen on the next visit.
  return 'no-cache';
}

/** A file version's tag: size and modification time. */
export function versionOf(info) {
  return `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
}

/** Parses a single "bytes=" Range header against a size; null = serve it all, 'invalid' = 416. */
export function parseRange(header, size) {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null; // multiple or unknown ranges: a full 200 is a valid answer
  const [, first, last] = match;
  if (first === '' && last === '') return 'invalid';
  let start;
  let end;
  if (first === '') {
    start = Math.max(0, size - Number(last));
    end = size - 1;
  } else {
    start = Number(first);
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

/** Finds the file for a URL path inside root, with the SPA fallback; null means 404. */
export async function resolveFile(root, pathname) {
  const relative = decodeURIComponent(pathname).replace(/\/+$/, '/index.html');
  const file = resolve(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return null; // path traversal
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { file, info };
  // Client-side routes (/library, /session/…) have no extension: answer with the app shell.
  if (extname(relative) === '') {
    const index = join(root, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return { file: index, info: indexInfo };
  }
  return null;
}
