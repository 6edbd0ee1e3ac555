/**
 * A tiny dependency-free static server for dist/: SPA fallback, the security headers from
 * scripts/csp.mjs, cache rules that suit a service-worker app, and byte ranges for audio.
 * Usage: node scripts/serve.mjs [--port 4173]   (env PORT also works; the flag wins)
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { SECURITY_HEADERS } from './csp.mjs';

const DEFAULT_ROOT = fileURLToPath(new URL('../dist/', import.meta.url));

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

/** Content types worth compressing: text of every kind. Audio and PNGs are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/(svg\+xml|x-icon))/;

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
function compressed(file, version, encoding) {
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
async function warmCompressedCache(root, dir = root) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await warmCompressedCache(root, path);
    else if (COMPRESSIBLE.test(MIME_TYPES[extname(entry.name).toLowerCase()] ?? '')) {
      const info = await stat(path);
      await compressed(path, versionOf(info), 'br');
    }
  }
}

/** A file version's tag: size and modification time. */
function versionOf(info) {
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
async function resolveFile(root, pathname) {
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

/** Writes a short plain-text response. */
function sendText(res, status, text, headers = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

/** Handles one request against root. */
async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname;
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    decodeURIComponent(pathname);
  } catch {
    sendText(res, 400, 'Bad Request\n');
    return;
  }
  const found = await resolveFile(root, pathname);
  if (!found) {
    sendText(res, 404, 'Not Found\n');
    return;
  }
  const { file, info } = found;
  const contentType = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(contentType);
  // Text is sent compressed, as any real host would: Lighthouse and a slow phone link see the bytes a user would.
  const encoding = compressible && !req.headers.range ? pickEncoding(req.headers['accept-encoding']) : null;
  const version = versionOf(info);
  const etag = `W/"${version}${encoding ? `-${encoding}` : ''}"`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Cache-Control': cacheControlFor(file.endsWith(`${sep}index.html`) ? '/index.html' : pathname),
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
  };
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoding) {
    const body = await compressed(file, version, encoding);
    res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const range = parseRange(req.headers.range, info.size);
  if (range === 'invalid') {
    sendText(res, 416, 'Range Not Satisfiable\n', { 'Content-Range': `bytes */${info.size}` });
    return;
  }
  const { start, end } = range ?? { start: 0, end: info.size - 1 };
  const length = info.size === 0 ? 0 : end - start + 1;
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${info.size}`;
  res.writeHead(range ? 206 : 200, { ...headers, 'Content-Length': String(length) });
  if (req.method === 'HEAD' || length === 0) {
    res.end();
    return;
  }
  createReadStream(file, { start, end }).on('error', () => res.destroy()).pipe(res);
}

/** Starts the server (port 0 picks a free one); resolves with its URL and a close function. */
export function startServer({ root = DEFAULT_ROOT, port = 4173, host = 'localhost' } = {}) {
  const absoluteRoot = resolve(root);
  const server = createServer((req, res) => {
    handle(absoluteRoot, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  // In the background: a first request for a file not yet done simply waits for its own compression.
  warmCompressedCache(absoluteRoot).catch(() => undefined);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Reads --port N / --port=N, then PORT, then 4173. */
function portFromArgs(argv, env) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const value = index === -1 ? env.PORT : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const port = Number(value ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${value}`);
  return port;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { url } = await startServer({ port: portFromArgs(process.argv.slice(2), process.env) });
  console.log(`Flarewise is running at ${url}`);
}
