// Request checks of the browser host: loopback Host/Origin only (DNS rebinding), a per-start token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'pd_token';
export const TOKEN_HEADER = 'x-plan-desk-token';

/** The page may load only what the host itself serves: no remote source of any kind. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:", // pdf.js's worker: our own bundled file (wrapped in a blob: module when pdf.js sees another origin)
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function sameToken(a: string | undefined | null, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Host must name this loopback server; Origin, when sent, must be this server. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port);
  const host = req.headers.host ?? '';
  if (!hosts.has(host)) return `Host「${host}」からの要求は受け付けません。`;
  const origin = req.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length)))) {
    return `Origin「${origin}」からの要求は受け付けません。`;
  }
  return null;
}

/** Cookies ignore ports: each host start names its cookie by its port, so two hosts never overwrite each other's token. */
export const tokenCookieName = (port: number) => `${TOKEN_COOKIE}_${port}`;

export function cookieToken(req: IncomingMessage, name: string = TOKEN_COOKIE): string | null {
  const cookie = req.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/** The browser's own word on where a request comes from: anything but our page (or a typed URL) is refused. */
export function fetchSiteProblem(req: IncomingMessage): string | null {
  const site = req.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin' || site === 'none') return null;
  return `別のサイト(${String(site)})からの要求は受け付けません。`;
}

/** What the page may never use (the browser-host twin of Electron's deny-all permission handler). */
export const PERMISSIONS_POLICY = [
  'camera=()', 'microphone=()', 'geolocation=()', 'usb=()', 'serial=()', 'hid=()', 'bluetooth=()',
  'payment=()', 'display-capture=()', 'midi=()', 'idle-detection=()', 'screen-wake-lock=()',
].join(', ');
