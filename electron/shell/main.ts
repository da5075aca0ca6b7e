// Electron main process: one window, the contract served over IPC, nothing reachable from outside.
import { app, BrowserWindow, ipcMain, net, protocol, session, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { methodNames } from '../../shared/api/contract.ts';
import { dispatch } from '../../shared/api/dispatch.ts';
import { handlers } from '../handlers/index.ts';
import { makeContext } from '../handlers/context.ts';
import { openDatabase } from '../store/open.ts';
import { defaultDataDir, defaultDbPath } from '../paths.ts';
import { resolveInside } from '../host/static-files.ts';
import { channelOf } from './channels.ts';
import { APP_ORIGIN, APP_PROTOCOL, CONTENT_SECURITY_POLICY, isAppUrl, webPreferences } from './window-options.ts';

const here = import.meta.dirname; // dist/electron after the build
const rendererDir = join(here, '..', 'renderer');
const dbArg = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);

protocol.registerSchemesAsPrivileged([{ scheme: APP_PROTOCOL, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.setPath('userData', defaultDataDir());

// Two writers never open the same DB: a second start only focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (ev, url) => { if (!isAppUrl(url)) ev.preventDefault(); });
    contents.on('will-redirect', (ev, url) => { if (!isAppUrl(url)) ev.preventDefault(); });
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.whenReady().then(() => {
    const dbPath = dbArg ?? defaultDbPath();
    const db = openDatabase(dbPath);
    const ctx = makeContext(db, dbPath, 'electron');

    session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    session.defaultSession.webRequest.onHeadersReceived((details, cb) => {
      cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    // The renderer is served from the app's own files under app://plan-desk/, never from the network.
    protocol.handle(APP_PROTOCOL, (req) => {
      const path = resolveInside(rendererDir, new URL(req.url).pathname === '/' ? '/index.html' : new URL(req.url).pathname);
      if (!path) return new Response('not found', { status: 404 });
      return net.fetch(pathToFileURL(path).toString());
    });

    for (const name of methodNames) {
      ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, input: unknown) => {
        // Only our own page may call: a frame from anywhere else gets nothing.
        if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
          return { ok: false, error: { code: 'UNAUTHORIZED', message: 'このページからの呼び出しは受け付けません。' } };
        }
        return dispatch(handlers, name, input, ctx, (e) => console.error(e));
      });
    }

    win = new BrowserWindow({
      width: 1400,
      height: 900,
      title: 'アクションプラン・デスク',
      show: false,
      webPreferences: webPreferences(join(here, 'preload.cjs')),
    });
    win.once('ready-to-show', () => win?.show());
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    app.on('window-all-closed', () => {
      db.close();
      app.quit();
    });
  });
}
