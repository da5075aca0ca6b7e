// The browser host beyond tests/host/host.test.ts: the browser's Sec-Fetch-Site, a permissions
// policy, a cookie per host start, and the host process taking the DB lock + daily backup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/store/open.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import { miniPlan, tempDir } from '../helpers.ts';
import { miniDb } from './helpers.ts';
import { rawRequest } from '../host/raw-http.ts';

const raw = (host: RunningHost, path: string, opts: Parameters<typeof rawRequest>[2] = {}) => rawRequest(host.port, path, opts);

async function login(host: RunningHost): Promise<string> {
  const r = await raw(host, `/?t=${host.token}`);
  return String(r.headers['set-cookie']).split(';')[0]!;
}

let db: Database;
let a: RunningHost;
let b: RunningHost;
beforeAll(async () => {
  const dir = tempDir();
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body>ok</body></html>');
  db = openDatabase(join(dir, 'plan.db'), { seed: miniPlan });
  a = await startHost({ db, dbPath: join(dir, 'plan.db'), staticDir });
  b = await startHost({ db, dbPath: join(dir, 'plan.db'), staticDir });
});
afterAll(async () => {
  await a.close();
  await b.close();
  db.close();
});

describe('browser host hardening', () => {
  it('names its token cookie by port: two hosts on one machine do not overwrite each other', async () => {
    const ca = await login(a);
    const cb = await login(b);
    expect(ca.split('=')[0]).toBe(`pd_token_${a.port}`);
    expect(cb.split('=')[0]).toBe(`pd_token_${b.port}`);
    // The browser sends both cookies to both ports (cookies ignore ports): each host picks its own.
    const both = `${ca}; ${cb}`;
    expect((await raw(a, '/', { headers: { Cookie: both } })).status).toBe(200);
    expect((await raw(b, '/', { headers: { Cookie: both } })).status).toBe(200);
    expect((await raw(a, '/', { headers: { Cookie: cb } })).status).toBe(401);
  });

  it('refuses what the browser marks as coming from another site', async () => {
    const cookie = await login(a);
    const call = (site?: string) => raw(a, '/api/getPlan', {
      method: 'POST', body: '{}',
      headers: { Cookie: cookie, 'X-Plan-Desk-Token': a.token, 'Content-Type': 'application/json', ...(site ? { 'Sec-Fetch-Site': site } : {}) },
    });
    expect((await call('same-origin')).status).toBe(200);
    expect((await call()).status).toBe(200); // non-browser clients (the CLI does not use HTTP) send none
    for (const site of ['cross-site', 'same-site']) {
      const r = await call(site);
      expect(r.status, site).toBe(403);
      expect(JSON.parse(r.body).error.message).toMatch(/別のサイト/);
    }
  });

  it('sends a permissions policy that denies devices and sensors, and the usual headers', async () => {
    const r = await raw(a, '/', { headers: { Cookie: await login(a) } });
    const pp = String(r.headers['permissions-policy']);
    for (const f of ['camera=()', 'microphone=()', 'geolocation=()', 'usb=()']) expect(pp).toContain(f);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });
});

const RENDERER_BUILT = existsSync(fileURLToPath(new URL('../../dist/renderer/index.html', import.meta.url)));
const HOST_MAIN = fileURLToPath(new URL('../../electron/host/main.ts', import.meta.url));
// The command users run (the CLI bundle when built, bin/load-cli.mjs).
const CLI_MAIN = fileURLToPath(new URL('../../bin/plan-desk.mjs', import.meta.url));

describe('the browser host process (electron/host/main.ts)', () => {
  it.skipIf(!RENDERER_BUILT)('takes the DB lock and the day\'s backup; a second host opens view-only and CLI writes are refused until it stops', async () => {
    const { dbPath, dir } = miniDb();
    const host = spawn(process.execPath, [HOST_MAIN, '--db', dbPath, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
    try {
      await new Promise<void>((resolve, reject) => {
        host.stdout.on('data', (c: Buffer) => { if (c.toString().includes('http://127.0.0.1:')) resolve(); });
        host.on('exit', (c) => reject(new Error(`host exited ${c}`)));
      });
      expect(existsSync(`${dbPath}.lock`)).toBe(true);
      expect(readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('-daily.db'))).toHaveLength(1);
      // A second host opens the DB for viewing only (another coordinator looking), never as a second writer.
      const second = spawn(process.execPath, [HOST_MAIN, '--db', dbPath, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
      try {
        let err = '';
        second.stderr.on('data', (c: Buffer) => { err += c.toString(); });
        await new Promise<void>((resolve, reject) => {
          second.stdout.on('data', (c: Buffer) => { if (c.toString().includes('http://127.0.0.1:')) resolve(); });
          second.on('exit', (c) => reject(new Error(`second host exited ${c}: ${err}`)));
        });
        expect(err).toMatch(/閲覧のみで開いています\(「ブラウザー版」\(端末「.+」、.+ から\)が編集中のため\)/);
      } finally {
        const gone = new Promise((r) => second.once('exit', r));
        second.kill('SIGTERM');
        await gone;
      }
      expect(existsSync(`${dbPath}.lock`)).toBe(true); // the viewer never touched the holder's lock
      const cli = spawnSync(process.execPath, [CLI_MAIN, 'init', '--db', dbPath, '--force'], { encoding: 'utf8' });
      expect(cli.status).toBe(2);
      expect(cli.stderr).toMatch(/使用中です/);
    } finally {
      const exited = new Promise((r) => host.once('exit', r));
      host.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(`${dbPath}.lock`)).toBe(false); // released on a normal stop
  });
});
