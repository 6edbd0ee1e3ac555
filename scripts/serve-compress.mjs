/**
 * Compression for the static server: text goes out as brotli or gzip, as any real host would send it,
 * each file compressed once per version and kept in memory (the built files never change while served).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { MIME_TYPES, versionOf } from './serve-files.mjs';

/** Content types worth compressing: text of every kind. Audio and PNGs are compressed already. */
export const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/(svg\+xml|x-icon))/;

/** The encoding to answer with for an Accept-Encoding header: brotli, then gzip, else none. */
export function pickEncoding(acceptEncoding) {
  const offered = new Set(String(acceptEncoding ?? '').split(',').map((part) => part.split(';')[0]?.trim().toLowerCase()));
  if (offered.has('br')) return 'br';
  if (offered.has('gzip')) return 'gzip';
  return null;
}

const compressors = {
  br: (data) => promisify(brotliCompress)(data, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};

/** Compressed bodies, computed once per file version and encoding (the built files never change while served). */
const compressedCache = new Map();

/** The file's bytes in `encoding`, from the cache when this version was compressed before. */
export function compressed(file, version, encoding) {
  const key = `${encoding}:${version}:${file}`;
  let body = compressedCache.get(key);
  if (!body) {
    body = readFile(file).then((data) => compressors[encoding](data));
    body.catch(() => compressedCache.delete(key));
    compressedCache.set(key, body);
  }
  return body;
}

/** Compresses every text file under `dir` ahead of the first visit, one at a time (brotli's best setting is slow). */
export async function warmCompressedCache(root, dir = root) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await warmCompressedCache(root, path);
    else if (COMPRESSIBLE.test(MIME_TYPES[extname(entry.name).toLowerCase()] ?? '')) {
      const info = await stat(path);
      await compressed(path, versionOf(info), 'br');
    }
  }
}
