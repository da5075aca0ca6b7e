// The Electron security checklist without the Electron binary (its download is refused here): the
// pure values of window-options.ts here; the wiring (IPC, session, protocol, contents, save channel,
// preload) run with recording fakes in electron-wiring.test.ts. Where the binary exists,
// tests/e2e/electron-hardening.spec.ts checks the same items in the running app.
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  devToolsAllowed,
  isAllowedRequestUrl,
  isAppUrl,
  webPreferences,
} from '../../electron/shell/window-options.ts';

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
