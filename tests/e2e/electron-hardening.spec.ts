// The Electron checklist in the running app (where the Electron binary is installed; elsewhere the
// spec reports itself skipped and tests/hardening/electron-wiring.test.ts checks the same items
// statically). Run it against `npm run build` output; a packaged test build (electron-builder.test.yml)
// keeps the inspector fuse on so Playwright can drive it.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from '../../electron/shell/electron-binary.ts';

const bin = electronBinary();
const main = fileURLToPath(new URL('../../dist/electron/main.mjs', import.meta.url));
const cliMain = fileURLToPath(new URL('../../bin/plan-desk.mjs', import.meta.url));
const seed = fileURLToPath(new URL('../fixtures/mini-plan.json', import.meta.url));

test.describe('Electron hardening (running app)', () => {
  test.skip(bin === null, 'Electron の実行ファイルがこの端末にありません(ダウンロードが拒否される環境)。配線の確認は tests/hardening/electron-wiring.test.ts で行っています。');

  let dir: string;
  let dbPath: string;
  let app: ElectronApplication;
  let win: Page;

  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-desk-electron-hardening-'));
    dbPath = join(dir, 'plan-desk.db');
    app = await electron.launch({ executablePath: bin!, args: [main, `--db=${dbPath}`], env: { ...process.env, PLAN_DESK_SEED: seed, PLAN_DESK_HOME: dir } });
    win = await app.firstWindow();
    await expect(win.locator('.app-header')).toBeVisible();
  });
  test.afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the page has the contract and nothing of Node', async () => {
    const r = await win.evaluate(async () => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      info: await (globalThis as unknown as { planDesk: { getAppInfo(i: object): Promise<{ ok: boolean }> } }).planDesk.getAppInfo({}),
    }));
    expect(r).toMatchObject({ require: 'undefined', process: 'undefined', info: { ok: true } });
  });

  test('no new window, no navigation away, no permission', async () => {
    const opened = await win.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
    await win.evaluate(() => { location.href = 'https://example.com/'; });
    await win.waitForTimeout(500);
    expect(win.url()).toMatch(/^app:\/\/plan-desk\//);
    const perm = await win.evaluate(() => Notification.requestPermission());
    expect(perm).toBe('denied');
  });

  test('no request leaves the app, and every page response carries the CSP', async () => {
    let hits = 0;
    const spy = createServer((_q, s) => { hits++; s.end('x'); });
    await new Promise<void>((r) => spy.listen(0, '127.0.0.1', () => r()));
    const origin = `http://127.0.0.1:${(spy.address() as AddressInfo).port}`;
    try {
      const r = await win.evaluate(async (o) => ({
        fetched: await fetch(`${o}/x`).then(() => 'loaded', () => 'blocked'),
        csp: await fetch(location.href).then((res) => res.headers.get('content-security-policy')),
      }), origin);
      expect(r.fetched).toBe('blocked');
      expect(r.csp).toContain("default-src 'self'");
      expect(hits).toBe(0);
    } finally {
      spy.close();
    }
  });

  test('DevTools stay closed in production', async () => {
    const opened = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0]!;
      w.webContents.openDevTools();
      return w.webContents.isDevToolsOpened();
    });
    expect(opened).toBe(false);
  });

  test('one writer: a second start exits, the CLI is refused while the app runs, the day\'s backup exists', async () => {
    expect(existsSync(`${dbPath}.lock`)).toBe(true);
    expect(readdirSync(join(dir, 'backups')).some((n) => /-daily\.db$/.test(n))).toBe(true);
    const second = spawn(bin!, [main, `--db=${dbPath}`], { env: { ...process.env, PLAN_DESK_HOME: dir } });
    const code = await new Promise<number | null>((r) => second.on('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(app.windows()).toHaveLength(1);
    const cli = spawnSync(process.execPath, [cliMain, 'init', '--db', dbPath, '--force'], { encoding: 'utf8' });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/使用中です/);
  });
});
