// The browser host reads what it is sent as strictly as the CLI reads a file, tells nothing of its
// internals, and each of its defences has a test here that fails when that defence is removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/store/open.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import { resolveInside } from '../../electron/host/static-files.ts';
import { LOG_FILE, openLog } from '../../electron/log/log-file.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { miniPlan, tempDir } from '../helpers.ts';
import { rawRequest } from './raw-http.ts';

let host: RunningHost;
let db: Database;
let cookie: string;
let dir: string;
const logDir = () => join(dir, 'logs');

const raw = (path: string, opts: Parameters<typeof rawRequest>[2] = {}) => rawRequest(host.port, path, opts);
const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  raw(path, { method: 'POST', body, headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-Plan-Desk-Token': host.token, ...headers } });
const errorOf = (r: { body: string }) => (JSON.parse(r.body) as { ok: false; error: { code: string; message: string } }).error;

beforeAll(async () => {
  dir = tempDir();
  const staticDir = join(dir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body>ok</body></html>');
  writeFileSync(join(staticDir, 'assets', 'index-Dl9sseZW.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'plain.js'), 'console.log(2)');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  db = openDatabase(join(dir, 'plan.db'), { seed: miniPlan });
  host = await startHost({ db, dbPath: join(dir, 'plan.db'), staticDir, log: openLog(logDir()) });
  const first = await raw(`/?t=${host.token}`);
  cookie = String(first.headers['set-cookie']).split(';')[0]!;
});
afterAll(async () => {
  await host.close();
  db.close();
});

describe('the host reads input as the CLI does', () => {
  it('refuses invalid UTF-8, deep nesting and prototype keys, in Japanese', async () => {
    const broken = await post('/api/getPlan', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
    expect(broken.status).toBe(400);
    expect(errorOf(broken).message).toMatch(/送信データの 1 行目に UTF-8 として正しくない文字/u);
    const deep = await post('/api/loadPlan', JSON.stringify({ document: JSON.parse('['.repeat(40) + ']'.repeat(40)) }));
    expect(deep.status).toBe(400);
    expect(errorOf(deep).message).toMatch(/入れ子が深すぎます/u);
    const proto = await post('/api/getPlan', '{"__proto__": {"x": 1}}');
    expect(proto.status).toBe(400);
    expect(errorOf(proto).message).toMatch(/「__proto__」という項目名は使えません/u);
    const syntax = await post('/api/getPlan', '{"a":');
    expect(errorOf(syntax).message).toMatch(/送信データは JSON として読めません/u);
  });

  it('a path-bearing call from an old page: BAD_INPUT in Japanese, nothing written', async () => {
    const target = join(dir, 'overwritten.xlsx');
    const r = await post('/api/exportPlanXlsx', JSON.stringify({ outFile: target }));
    expect(errorOf(r)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/入力が正しくありません/u) });
    expect(existsSync(target)).toBe(false);
  });

  it('answers a broken percent-encoding in the method name with 400 and a Japanese message', async () => {
    const r = await post('/api/get%E0%A4%A', '{}');
    expect(r.status).toBe(400);
    expect(errorOf(r)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/% エンコードが正しくありません/u) });
  });

  it('accepts exactly application/json (optionally charset=utf-8), nothing that merely starts so', async () => {
    for (const ok of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      expect((await post('/api/getPlan', '{}', { 'Content-Type': ok })).status, ok).toBe(200);
    }
    for (const bad of ['text/plain', 'application/jsonp', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json, text/html']) {
      const r = await post('/api/getPlan', '{}', { 'Content-Type': bad });
      expect(r.status, bad).toBe(415);
      expect(errorOf(r).message).toMatch(/application\/json/u);
    }
  });

  it('always redirects the token exchange to / (never to a path that leaves the host)', async () => {
    for (const p of [`/.//evil.example/x?t=${host.token}`, `//evil.example/?t=${host.token}`, `/survey?t=${host.token}`]) {
      const r = await raw(p);
      expect(r.status, p).toBe(303);
      expect(r.headers.location, p).toBe('/');
    }
  });

  it('tells the caller an error id and a Japanese sentence, never the internal text; the log has both', async () => {
    const original = handlers.getPlan;
    handlers.getPlan = () => { throw new TypeError('secret internal detail at /home/user/x.ts:12'); };
    try {
      const r = await post('/api/getPlan', '{}');
      const e = errorOf(r);
      expect(e.code).toBe('INTERNAL');
      expect(e.message).not.toMatch(/secret internal|x\.ts/u);
      const id = /エラー番号 ([0-9A-F]{8})/u.exec(e.message)?.[1];
      expect(id).toBeDefined();
      const log = readFileSync(join(logDir(), LOG_FILE), 'utf8');
      expect(log).toContain(`[${id}] API getPlan: TypeError: secret internal detail`);
    } finally {
      handlers.getPlan = original;
    }
  });

  it('forbids framing (X-Frame-Options DENY), caches hashed assets only, never the page or the API', async () => {
    const page = await raw('/', { headers: { Cookie: cookie } });
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await post('/api/getPlan', '{}')).headers['cache-control']).toBe('no-store');
    const hashed = await raw('/assets/index-Dl9sseZW.js', { headers: { Cookie: cookie } });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('/assets/plain.js', { headers: { Cookie: cookie } })).headers['cache-control']).toBe('no-store');
  });
});

describe('each host defence, checked by removing it', () => {
  it('resolveInside refuses every path that leaves the root', () => {
    const root = join(dir, 'static');
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
    // A leading / is normalized away inside the root; a relative path with .. is what the root check stops.
    expect(resolveInside(root, '/..%2fsecret.txt')).toBe(join(root, 'secret.txt'));
    for (const p of ['..%2Fsecret.txt', '%2e%2e/secret.txt', 'assets/../../secret.txt', '..%2F..%2Fetc%2Fpasswd', '/%00']) {
      expect(resolveInside(root, p), p).toBeNull();
    }
  });

  it('never serves a file outside the renderer folder over HTTP', async () => {
    const r = await raw('/..%2fsecret.txt', { headers: { Cookie: cookie } });
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('secret');
  });

  it('the API does not take the token from the query string: cookie and header are both needed', async () => {
    const noCookie = await raw(`/api/getPlan?t=${host.token}`, {
      method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', 'X-Plan-Desk-Token': host.token },
    });
    expect(noCookie.status).toBe(401);
    const noHeader = await raw(`/api/getPlan?t=${host.token}`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', Cookie: cookie } });
    expect(noHeader.status).toBe(401);
  });

  it('matches Origin exactly (no prefix, suffix, scheme or userinfo tricks)', async () => {
    const port = host.port;
    for (const origin of [`http://127.0.0.1:${port}.evil.example`, `http://127.0.0.1:${port}@evil.example`, `https://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`, 'null', 'http://evil.example']) {
      const r = await post('/api/getPlan', '{}', { Origin: origin });
      expect(r.status, origin).toBe(403);
    }
    expect((await post('/api/getPlan', '{}', { Origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('sets the token cookie HttpOnly (page scripts cannot read it) and SameSite=Strict', async () => {
    const r = await raw(`/?t=${host.token}`);
    const attrs = String(r.headers['set-cookie']).split(';').map((a) => a.trim().toLowerCase());
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('samesite=strict');
  });
});
