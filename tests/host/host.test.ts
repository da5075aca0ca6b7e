import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/store/open.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import { miniPlan, tempDir } from '../helpers.ts';
import { rawRequest } from './raw-http.ts';

let host: RunningHost;
let db: Database;
let cookie: string;

const raw = (path: string, opts: Parameters<typeof rawRequest>[2] = {}) => rawRequest(host.port, path, opts);

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(`/api/${name}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-Plan-Desk-Token': host.token, ...headers } });

beforeAll(async () => {
  const dir = tempDir();
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body>ok</body></html>');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  db = openDatabase(join(dir, 'plan.db'), { seed: miniPlan });
  host = await startHost({ db, dbPath: join(dir, 'plan.db'), staticDir, maxBodyBytes: 10_000 });
  const first = await raw(`/?t=${host.token}`);
  expect(first.status).toBe(303);
  cookie = String(first.headers['set-cookie']).split(';')[0]!;
});
afterAll(async () => {
  await host.close();
  db.close();
});

describe('browser host', () => {
  it('binds to 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
  it('sets an HttpOnly SameSite=Strict cookie from the token URL', async () => {
    const r = await raw(`/?t=${host.token}`);
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });
  it('refuses pages and calls without the token', async () => {
    expect((await raw('/')).status).toBe(401);
    expect((await raw('/?t=wrong')).status).toBe(401);
    const r = await raw('/api/getPlan', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error.message).toMatch(/トークン/);
    // The cookie alone is not enough for the API: the header must come from our page's script.
    expect((await api('getPlan', {}, { 'X-Plan-Desk-Token': '' })).status).toBe(401);
  });
  it('serves the page with the token and a CSP without remote sources', async () => {
    const r = await raw('/', { headers: { Cookie: cookie } });
    expect(r.status).toBe(200);
    expect(r.body).toContain(`<meta name="plan-desk-token" content="${host.token}">`);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });
  it('refuses foreign Host and Origin headers (DNS rebinding)', async () => {
    expect((await raw('/', { headers: { Cookie: cookie, Host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await api('getPlan', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('getPlan', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });
  it('answers calls with {ok,value} and validation errors with {ok:false}', async () => {
    const ok = JSON.parse((await api('getPlan', {})).body);
    expect(ok.ok).toBe(true);
    expect(ok.value.plan.title).toContain('テスト計画');
    const bad = JSON.parse((await api('getInitiative', { id: '../../etc' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const unknown = JSON.parse((await api('dropTables', {})).body);
    expect(unknown.error.code).toBe('UNKNOWN_METHOD');
  });
  it('limits the body size and the content type', async () => {
    expect((await api('loadPlan', { document: 'x'.repeat(20_000) })).status).toBe(413);
    const text = await raw('/api/getPlan', { method: 'POST', body: '{}', headers: { Cookie: cookie, 'X-Plan-Desk-Token': host.token, 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect((await raw('/api/getPlan', { headers: { Cookie: cookie } })).status).toBe(405);
  });
  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const r = await raw(p, { headers: { Cookie: cookie } });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('secret');
    }
  });
});
