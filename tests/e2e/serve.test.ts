/** scripts/serve.mjs against the real dist/: security headers, caching, SPA fallback, byte ranges. */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { CSP_HEADER } from '../../scripts/csp.mjs';
import { parseRange } from '../../scripts/serve-files.mjs';
import { DIST, listDistFiles } from './dist-files';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;
const entryScript = listDistFiles().find((file) => /^assets\/.+\.js$/.test(file))!;

/** GETs a raw path without URL normalisation (fetch would resolve "..") and returns the status. */
function rawStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(baseUrl);
    request({ host: url.hostname, port: url.port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

/** GETs a path with the given headers, without any decoding: status, headers and the raw body. */
function rawGet(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const url = new URL(baseUrl);
    request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('scripts/serve.mjs', () => {
  it('sends text compressed, as a real host would, so a slow phone link carries a third of the bytes', async () => {
    const original = readFileSync(join(DIST, entryScript));
    const br = await rawGet(`/${entryScript}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gzip = await rawGet(`/${entryScript}`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);
    const plain = await rawGet(`/${entryScript}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    // Already-compressed media goes as it is.
    const png = await rawGet('/icons/icon-192.png', { 'Accept-Encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
  });

  it('sends the CSP and the other security headers on every response, 404s included', async () => {
    for (const path of ['/', '/sw.js', '/no-such-file.png']) {
      const { headers } = await fetch(at(path));
      expect(headers.get('content-security-policy'), path).toBe(CSP_HEADER);
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(headers.get('permissions-policy'), path).toContain('camera=()');
    }
  });

  it('keeps index.html and sw.js fresh and hashed assets immutable', async () => {
    expect((await fetch(at('/'))).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(at('/sw.js'))).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(at(entryScript))).headers.get('cache-control')).toContain('immutable');
  });

  it('sends the right MIME types', async () => {
    const types: Record<string, string> = {
      '/': 'text/html',
      '/sw.js': 'text/javascript',
      '/manifest.webmanifest': 'application/manifest+json',
      '/icon.svg': 'image/svg+xml',
      '/icons/icon-192.png': 'image/png',
    };
    for (const [path, type] of Object.entries(types)) {
      expect((await fetch(at(path))).headers.get('content-type'), path).toContain(type);
    }
  });

  it('answers client-side routes with the app shell and unknown files with 404', async () => {
    const route = await fetch(at('/library/some-exercise'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    expect((await fetch(at('/missing.js'))).status).toBe(404);
    expect(await rawStatus('/..%2fpackage.json')).toBe(404);
  });

  it('serves byte ranges for audio seeking', async () => {
    const whole = await (await fetch(at('/icons/icon-192.png'))).arrayBuffer();
    const part = await fetch(at('/icons/icon-192.png'), { headers: { Range: 'bytes=8-15' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 8-15/${whole.byteLength}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(new Uint8Array(whole.slice(8, 16)));
    const beyond = await fetch(at('/icons/icon-192.png'), { headers: { Range: `bytes=${whole.byteLength}-` } });
    expect(beyond.status).toBe(416);
  });

  it('parses open-ended, suffix and unsatisfiable ranges', () => {
    expect(parseRange('bytes=10-', 100)).toEqual({ start: 10, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=0-500', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=100-', 100)).toBe('invalid');
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
    expect(parseRange(undefined, 100)).toBeNull();
  });
});
