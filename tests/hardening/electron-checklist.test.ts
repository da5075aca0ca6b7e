// The Electron security checklist, item by item, without the Electron binary (its download is
// refused here): the pure parts (window-options.ts) are checked by value; the wiring in main.ts
// and preload.ts is checked statically on their syntax tree — a fallback, named as such. Where the
// binary exists, tests/e2e/electron-hardening.spec.ts checks the same items in the running app.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  devToolsAllowed,
  isAllowedRequestUrl,
  isAppUrl,
  webPreferences,
} from '../../electron/shell/window-options.ts';
import { callsIn, findCalls } from './source-ast.ts';

const MAIN = fileURLToPath(new URL('../../electron/shell/main.ts', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../../electron/shell/preload.ts', import.meta.url));
const mainCalls = callsIn(MAIN);
const mainText = readFileSync(MAIN, 'utf8');

describe('window-options.ts (pure values)', () => {
  const prefs = webPreferences('/x/preload.cjs');

  it('isolates the page: contextIsolation, sandbox, no Node integration anywhere, webSecurity', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('closes DevTools in production: only an unpackaged start with PLAN_DESK_DEVTOOLS=1 gets them', () => {
    expect(prefs.devTools).toBe(false);
    expect(devToolsAllowed(true, { PLAN_DESK_DEVTOOLS: '1' })).toBe(false);
    expect(devToolsAllowed(false, {})).toBe(false);
    expect(devToolsAllowed(false, { PLAN_DESK_DEVTOOLS: '1' })).toBe(true);
  });

  it('has a CSP with no remote source, no eval, no plugins, no framing', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      for (const v of values) {
        expect(v, `${name} ${v}`).not.toMatch(/^(https?:|wss?:|ftp:|file:|\*)|unsafe-eval|wasm-unsafe-eval/);
      }
    }
  });

  it('lets the window show only the app\'s own pages', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/index.html#/initiative/x`)).toBe(true);
    for (const u of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///C:/Windows/win.ini', 'app://evil/index.html', 'javascript:alert(1)', 'app://plan-desk.evil/', 'not a url']) {
      expect(isAppUrl(u), u).toBe(false);
    }
  });

  it('lets no request reach a network: only app://, data:, blob: and DevTools', () => {
    for (const u of [`${APP_ORIGIN}/assets/index.js`, 'data:image/png;base64,AAAA', 'blob:app://plan-desk/1234', 'devtools://devtools/bundled/x.html']) {
      expect(isAllowedRequestUrl(u), u).toBe(true);
    }
    for (const u of ['https://fonts.googleapis.com/css', 'http://localhost:3000/', 'ws://127.0.0.1:9229/', 'file:///etc/passwd', 'ftp://x/', 'app://other/x']) {
      expect(isAllowedRequestUrl(u), u).toBe(false);
    }
  });
});

describe('main.ts wiring (static fallback: the syntax tree of electron/shell/main.ts)', () => {
  const one = (name: string, event?: string) => {
    const found = findCalls(mainCalls, name, event);
    expect(found, `${name}${event ? `('${event}')` : ''} is registered`).toHaveLength(1);
    return found[0]!;
  };

  it('prevents navigation and redirects away from the app, denies new windows and webviews', () => {
    for (const ev of ['will-navigate', 'will-redirect']) {
      const c = one('on', ev);
      expect(c.text).toMatch(/isAppUrl\(url\)/);
      expect(c.text).toMatch(/preventDefault\(\)/);
    }
    expect(one('on', 'will-attach-webview').text).toMatch(/preventDefault\(\)/);
    expect(one('setWindowOpenHandler').text).toMatch(/action:\s*'deny'/);
    // These hooks are set on every web contents created, not on one window only.
    expect(one('on', 'web-contents-created').text).toContain('setWindowOpenHandler');
  });

  it('denies every permission (request, check, device, screen capture)', () => {
    expect(one('setPermissionRequestHandler').text).toMatch(/cb\(false\)/);
    expect(one('setPermissionCheckHandler').text).toMatch(/=>\s*false/);
    expect(one('setDevicePermissionHandler').text).toMatch(/=>\s*false/);
    expect(one('setDisplayMediaRequestHandler').text).toMatch(/cb\(\{\}\)/);
  });

  it('loads no remote content: requests filtered, CSP on every response, the page from app:// only', () => {
    expect(one('onBeforeRequest').text).toMatch(/cancel:\s*!isAllowedRequestUrl\(details\.url\)/);
    expect(one('onHeadersReceived').text).toContain('CONTENT_SECURITY_POLICY');
    const protocolHandler = one('protocol.handle');
    expect(protocolHandler.text).toContain("headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)");
    expect(protocolHandler.text).toContain('resolveInside(rendererDir');
    const loads = findCalls(mainCalls, 'loadURL');
    expect(loads).toHaveLength(1);
    expect(loads[0]!.text).toContain('APP_ORIGIN');
    expect(mainText).not.toMatch(/openExternal|loadFile\(|https?:\/\//);
  });

  it('checks the sender of every IPC call', () => {
    const handle = findCalls(mainCalls, 'ipcMain.handle');
    expect(handle).toHaveLength(1);
    expect(handle[0]!.text).toMatch(/if \(!event\.senderFrame \|\| !isAppUrl\(event\.senderFrame\.url\)\)/);
    expect(handle[0]!.text).toContain("code: 'UNAUTHORIZED'");
    expect(findCalls(mainCalls, 'ipcMain.on')).toHaveLength(0); // only invoke/handle, all through dispatch
  });

  it('uses the checked web preferences, the global sandbox, and closes DevTools in production', () => {
    expect(mainText).toMatch(/webPreferences:\s*webPreferences\(join\(here, 'preload\.cjs'\), devTools\)/);
    expect(mainText).toMatch(/const devTools = devToolsAllowed\(app\.isPackaged\)/);
    one('app.enableSandbox');
    expect(one('on', 'devtools-opened').text).toContain('closeDevTools()');
    expect(one('Menu.setApplicationMenu').text).toBe('Menu.setApplicationMenu(null)');
  });

  it('runs a single instance that focuses the first window, and opens the DB through the lock + health check + daily backup', () => {
    one('app.requestSingleInstanceLock');
    const second = one('on', 'second-instance');
    expect(second.text).toMatch(/restore\(\)/);
    expect(second.text).toMatch(/focus\(\)/);
    expect(one('openAppDatabase').text).toMatch(/openAppDatabase\(dbPath, 'アプリ'\)/);
    expect(mainText).not.toMatch(/\bopenDatabase\(/);
    expect(one('dialog.showErrorBox').text).toContain('e.message');
    expect(one('on', 'window-all-closed').text).toContain('store?.close()');
  });
});

describe('preload.ts (static)', () => {
  const calls = callsIn(PRELOAD);
  const text = readFileSync(PRELOAD, 'utf8');

  it('exposes exactly the contract methods through invoke, frozen, and nothing of Node or ipcRenderer itself', () => {
    const exposed = findCalls(calls, 'contextBridge.exposeInMainWorld');
    expect(exposed).toHaveLength(1);
    expect(exposed[0]!.strings[0]).toBe('planDesk');
    expect(exposed[0]!.text).toContain('Object.freeze(api)');
    expect(findCalls(calls, 'ipcRenderer.invoke')).toHaveLength(1);
    expect(findCalls(calls, 'ipcRenderer.on')).toHaveLength(0);
    expect(findCalls(calls, 'ipcRenderer.send')).toHaveLength(0);
    expect(text).not.toMatch(/from 'node:|require\(/);
  });
});
