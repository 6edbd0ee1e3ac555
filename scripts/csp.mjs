/**
 * The one Content-Security-Policy for Flarewise, shared by scripts/serve.mjs (HTTP header) and
 * vite.config.ts (the <meta> in the built index.html). Everything the app needs lives on its own
 * origin, so each directive allows 'self' at most.
 */

/** Directive name → sources. */
export const CSP_DIRECTIVES = Object.freeze({
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // Solid writes dynamic styles through the CSSOM (element.style), which style-src does not govern;
  // a static style="…" attribute in JSX lands in an innerHTML template and IS blocked: use classes.
  'style-src': ["'self'"],
  // data:/blob: for small inlined images and canvas/object URLs made on the device.
  'img-src': ["'self'", 'data:', 'blob:'],
  // howler's HTML5 mode plays the sprite as <audio>; its unlock trick uses a data: URI.
  'media-src': ["'self'", 'blob:', 'data:'],
  // howler's Web Audio mode fetches the sprite with XHR; the service worker precaches with fetch().
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** Directives a <meta> CSP may not carry (browsers ignore them there and log an error). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** Serialises directives as a policy string. */
function serialise(entries) {
  return entries.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The full policy, sent as the Content-Security-Policy response header. */
export const CSP_HEADER = serialise(Object.entries(CSP_DIRECTIVES));

/** The same policy minus header-only directives, for <meta http-equiv="Content-Security-Policy">. */
export const CSP_META = serialise(
  Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY.has(name)),
);

/** Security headers sent with every response from scripts/serve.mjs. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CSP_HEADER,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // Switch off powerful features the app never uses; screen-wake-lock and fullscreen stay at their
  // default ('self') so a session can keep the screen on. Only names Chromium knows: an unknown
  // one (e.g. bluetooth) logs a console warning on every page load.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
