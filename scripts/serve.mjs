/**
 * A tiny dependency-free static server for dist/: SPA fallback, the security headers from
 * scripts/csp.mjs, cache rules that suit a service-worker app (serve-files.mjs), compressed text
 * (serve-compress.mjs) and byte ranges for audio.
 * Usage: node scripts/serve.mjs [--port 4173]   (env PORT also works; the flag wins)
 */
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from './csp.mjs';
import { COMPRESSIBLE, compressed, pickEncoding, warmCompressedCache } from './serve-compress.mjs';
import { MIME_TYPES, cacheControlFor, parseRange, resolveFile, versionOf } from './serve-files.mjs';

const DEFAULT_ROOT = fileURLToPath(new URL('../dist/', import.meta.url));

/** Writes a short plain-text response. */
function sendText(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
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

/**
 * Starts the server (port 0 picks a free one); resolves with its URL and a close function. `securityHeaders` are
 * Flarewise's unless given: bench/peers.mjs serves other apps, built for other policies, with none.
 */
export function startServer({ root = DEFAULT_ROOT, port = 4173, host = 'localhost', securityHeaders = SECURITY_HEADERS } = {}) {
  const absoluteRoot = resolve(root);
  const server = createServer((req, res) => {
    // On every answer, files and errors alike.
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
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
