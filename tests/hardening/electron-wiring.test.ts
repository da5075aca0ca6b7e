// The Electron shell's wiring, run with recording fakes of the Electron objects (no binary here):
// what is registered, what a foreign frame gets, what navigation/windows/permissions/requests are
// refused, the CSP on every app:// response, and where the save channel writes.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api/contract.ts';
import { channelOf, SHELL_CHANNELS } from '../../electron/shell/channels.ts';
import { exposeBridges } from '../../electron/shell/bridges.ts';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from '../../electron/shell/window-options.ts';
import { serveAppRequest } from '../../electron/shell/wiring/app-protocol.ts';
import { hardenContents, hardenEveryContents, hardenSession } from '../../electron/shell/wiring/harden.ts';
import { registerContract } from '../../electron/shell/wiring/ipc.ts';
import { registerShellChannels, type SaveChannelDeps } from '../../electron/shell/wiring/save-channels.ts';
import { tempDir } from '../helpers.ts';

type Fn = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** ipcMain: records every handle() by channel; a second registration of one channel throws, as Electron does. */
function fakeIpcMain() {
  const handlers = new Map<string, Fn>();
  return {
    handlers,
    handle(channel: string, fn: Fn) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, fn);
    },
    invoke: (channel: string, frameUrl: string | null, ...args: unknown[]) =>
      handlers.get(channel)!({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args),
  };
}

/** An emitter that records listeners by event name. */
function fakeEmitter() {
  const listeners = new Map<string, Fn[]>();
  return {
    listeners,
    on(event: string, fn: Fn) { listeners.set(event, [...(listeners.get(event) ?? []), fn]); return this; },
    emit(event: string, ...args: unknown[]) { for (const fn of listeners.get(event) ?? []) fn(...args); },
  };
}

const event = () => { let prevented = false; return { preventDefault: () => { prevented = true; }, get prevented() { return prevented; } }; };
const APP_PAGE = `${APP_ORIGIN}/index.html`;

describe('the contract over IPC', () => {
  it('registers every contract method exactly once, and nothing else', () => {
    const ipc = fakeIpcMain();
    registerContract(ipc as never, async () => ({ ok: true, value: null }));
    expect([...ipc.handlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
  });

  it('refuses a call from a frame that is not the app\'s page, and passes the app\'s calls to dispatch', async () => {
    const ipc = fakeIpcMain();
    const calls: [string, unknown][] = [];
    registerContract(ipc as never, async (name, input) => { calls.push([name, input]); return { ok: true, value: 'done' }; });
    for (const url of ['https://evil.example/', 'app://other/index.html', 'file:///C:/x.html', 'app://plan-desk.evil/']) {
      expect(await ipc.invoke(channelOf('getPlan'), url, {}), url).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(await ipc.invoke(channelOf('getPlan'), null, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(calls).toEqual([]);
    expect(await ipc.invoke(channelOf('getInitiative'), APP_PAGE, { id: 'x' })).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['getInitiative', { id: 'x' }]]);
  });
});

describe('web contents and session', () => {
  function contents() {
    const e = fakeEmitter();
    const c = { ...e, windowOpen: null as Fn | null, devToolsClosed: 0, setWindowOpenHandler(fn: Fn) { this.windowOpen = fn; }, closeDevTools() { this.devToolsClosed++; } };
    return c;
  }

  it('prevents navigation and redirects to other URLs, denies new windows and webviews, closes DevTools', () => {
    const c = contents();
    hardenContents(c as never, false);
    for (const ev of ['will-navigate', 'will-redirect']) {
      const away = event();
      c.emit(ev, away, 'https://evil.example/');
      expect(away.prevented, ev).toBe(true);
      const home = event();
      c.emit(ev, home, `${APP_ORIGIN}/index.html#/list`);
      expect(home.prevented, ev).toBe(false);
    }
    expect(c.windowOpen!({ url: APP_PAGE })).toEqual({ action: 'deny' });
    const wv = event();
    c.emit('will-attach-webview', wv);
    expect(wv.prevented).toBe(true);
    c.emit('devtools-opened');
    expect(c.devToolsClosed).toBe(1);
  });

  it('applies these rules to every web contents the app creates', () => {
    const app = fakeEmitter();
    hardenEveryContents(app as never, true);
    const c = contents();
    app.emit('web-contents-created', {}, c);
    expect(c.windowOpen!({ url: 'https://x/' })).toEqual({ action: 'deny' });
    expect(c.listeners.has('devtools-opened')).toBe(false); // DevTools allowed (development)
  });

  it('denies every permission, cancels non-app requests, puts the CSP on every response, refuses downloads', () => {
    const h: Record<string, Fn> = {};
    const emitter = fakeEmitter();
    const ses = {
      ...emitter,
      setPermissionRequestHandler: (fn: Fn) => { h.request = fn; },
      setPermissionCheckHandler: (fn: Fn) => { h.check = fn; },
      setDevicePermissionHandler: (fn: Fn) => { h.device = fn; },
      setDisplayMediaRequestHandler: (fn: Fn) => { h.display = fn; },
      webRequest: { onBeforeRequest: (fn: Fn) => { h.before = fn; }, onHeadersReceived: (fn: Fn) => { h.headers = fn; } },
    };
    hardenSession(ses as never);
    for (const perm of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      let granted: boolean | undefined;
      h.request!({}, perm, (g: boolean) => { granted = g; });
      expect(granted, perm).toBe(false);
      expect(h.check!({}, perm)).toBe(false);
    }
    expect(h.device!({})).toBe(false);
    let media: unknown;
    h.display!({}, (m: unknown) => { media = m; });
    expect(media).toEqual({});
    const cancel = (url: string) => { let r: { cancel: boolean } | undefined; h.before!({ url }, (x: { cancel: boolean }) => { r = x; }); return r!.cancel; };
    for (const url of ['https://fonts.googleapis.com/x', 'http://127.0.0.1:9229/', 'file:///etc/passwd', 'app://other/x']) expect(cancel(url), url).toBe(true);
    for (const url of [`${APP_ORIGIN}/assets/index.js`, 'blob:app://plan-desk/1', 'data:image/png;base64,AA']) expect(cancel(url), url).toBe(false);
    let headers: Record<string, string[]> | undefined;
    h.headers!({ responseHeaders: { 'X-Other': ['1'] } }, (r: { responseHeaders: Record<string, string[]> }) => { headers = r.responseHeaders; });
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    const dl = event();
    emitter.emit('will-download', dl);
    expect(dl.prevented).toBe(true);
  });
});

describe('app:// protocol', () => {
  it('serves files inside the renderer folder only, the CSP on every response', async () => {
    const root = join(tempDir(), 'renderer');
    mkdirSync(root);
    const fetched: string[] = [];
    const fetchFile = async (url: string) => { fetched.push(url); return new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } }); };
    const ok = await serveAppRequest(new Request(`${APP_ORIGIN}/`), root, fetchFile);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toBe('text/html');
    expect(fetched).toEqual([`file://${join(root, 'index.html')}`]);
    const out = await serveAppRequest(new Request(`${APP_ORIGIN}/%00`), root, fetchFile);
    expect(out.status).toBe(404);
    expect(out.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(fetched).toHaveLength(1);
  });
});

describe('the save channels', () => {
  function setup(answer: { save?: string | null; folder?: string | null }) {
    const ipc = fakeIpcMain();
    const opened: string[] = [];
    const shown: unknown[] = [];
    const deps: SaveChannelDeps = {
      dialog: {
        showSaveDialog: (async (...a: unknown[]) => { shown.push(a.at(-1)); return answer.save ? { canceled: false, filePath: answer.save } : { canceled: true, filePath: '' }; }) as never,
        showOpenDialog: (async (...a: unknown[]) => { shown.push(a.at(-1)); return answer.folder ? { canceled: false, filePaths: [answer.folder] } : { canceled: true, filePaths: [] }; }) as never,
      },
      shell: { openPath: async (p: string) => { opened.push(p); return ''; } },
      window: () => null,
      startDir: () => '/home/user/Documents',
      logDir: '/data/logs',
    };
    registerShellChannels(ipc as never, deps);
    return { ipc, opened, shown };
  }
  const bytes = new TextEncoder().encode('xlsx bytes');

  it('registers its three channels only', () => {
    expect([...setup({}).ipc.handlers.keys()].sort()).toEqual(Object.values(SHELL_CHANNELS).sort());
  });

  it('writes only to the path its own dialog returned, whatever name the page suggested', async () => {
    const dir = tempDir();
    const target = join(dir, 'chosen', '計画.xlsx');
    const { ipc, shown } = setup({ save: target });
    const r = await ipc.invoke(SHELL_CHANNELS.saveFile, APP_PAGE, { fileName: '../../../etc/passwd.xlsx', mimeType: 'x', bytes });
    expect(r).toEqual({ ok: true, value: { saved: true, name: target } });
    expect(readFileSync(target, 'utf8')).toBe('xlsx bytes');
    expect(readdirSync(dir)).toEqual(['chosen']);
    expect((shown[0] as { defaultPath: string }).defaultPath).toBe(join('/home/user/Documents', 'passwd.xlsx'));
  });

  it('writes several files into the chosen folder, names kept inside it', async () => {
    const dir = join(tempDir(), 'forms');
    const { ipc } = setup({ folder: dir });
    const r = await ipc.invoke(SHELL_CHANNELS.saveFilesToFolder, APP_PAGE, [
      { fileName: '2025年度実績照会_市民課.xlsx', mimeType: 'x', bytes },
      { fileName: '..\\..\\evil.xlsx', mimeType: 'x', bytes },
    ]);
    expect(r).toEqual({ ok: true, value: { saved: true, name: dir } });
    expect(readdirSync(dir).sort()).toEqual(['2025年度実績照会_市民課.xlsx', 'evil.xlsx']);
    expect(existsSync(join(dir, '..', 'evil.xlsx'))).toBe(false);
  });

  it('a cancelled dialog writes nothing and is no error', async () => {
    const { ipc } = setup({});
    expect(await ipc.invoke(SHELL_CHANNELS.saveFile, APP_PAGE, { fileName: 'a.pdf', mimeType: 'x', bytes })).toEqual({ ok: true, value: { saved: false } });
    expect(await ipc.invoke(SHELL_CHANNELS.saveFilesToFolder, APP_PAGE, [{ fileName: 'a.xlsx', mimeType: 'x', bytes }])).toEqual({ ok: true, value: { saved: false } });
  });

  it('a folder that cannot be written: a Japanese message naming the folder, nothing written', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const { ipc } = setup({ folder: file, save: join(file, 'x.pdf') });
    const many = await ipc.invoke(SHELL_CHANNELS.saveFilesToFolder, APP_PAGE, [{ fileName: 'a.xlsx', mimeType: 'x', bytes }]);
    expect(many).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining(`フォルダー「${file}」を使えません`) } });
    const one = await ipc.invoke(SHELL_CHANNELS.saveFile, APP_PAGE, { fileName: 'x.pdf', mimeType: 'x', bytes });
    expect(one).toMatchObject({ ok: false, error: { message: expect.stringContaining(`保存先のフォルダー「${file}」`) } });
  });

  it('refuses a foreign frame and a payload that is not a file', async () => {
    const { ipc, shown, opened } = setup({ save: '/tmp/never' });
    expect(await ipc.invoke(SHELL_CHANNELS.saveFile, 'https://evil.example/', { fileName: 'a.pdf', mimeType: 'x', bytes })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await ipc.invoke(SHELL_CHANNELS.openLogFolder, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await ipc.invoke(SHELL_CHANNELS.saveFile, APP_PAGE, { fileName: 'a.pdf', path: '/etc/x', bytes })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(shown).toEqual([]);
    expect(opened).toEqual([]);
    expect(await ipc.invoke(SHELL_CHANNELS.openLogFolder, APP_PAGE)).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['/data/logs']);
  });
});

describe('preload bridges', () => {
  it('exposes exactly the contract methods and the shell calls, frozen, each invoking its channel', async () => {
    const exposed = new Map<string, Record<string, Fn>>();
    const invoked: [string, unknown][] = [];
    exposeBridges({ exposeInMainWorld: (k: string, v: unknown) => exposed.set(k, v as Record<string, Fn>) }, { invoke: async (c: string, a: unknown) => { invoked.push([c, a]); } }, methodNames);
    expect([...exposed.keys()]).toEqual(['planDesk', 'planDeskShell']);
    const api = exposed.get('planDesk')!;
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    expect(Object.isFrozen(api)).toBe(true);
    const sh = exposed.get('planDeskShell')!;
    expect(Object.keys(sh).sort()).toEqual(Object.keys(SHELL_CHANNELS).sort());
    expect(Object.isFrozen(sh)).toBe(true);
    await api.getPlan!({});
    await sh.openLogFolder!(undefined);
    expect(invoked).toEqual([[channelOf('getPlan'), {}], [SHELL_CHANNELS.openLogFolder, undefined]]);
  });
});
