// Electron main process: one window, the contract served over IPC, nothing reachable from outside.
// The hardening checklist (docs/INSTALL.md) is enforced here and in window-options.ts; the tests
// in tests/hardening/electron-checklist.test.ts check each item without the Electron binary.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { methodNames } from '../../shared/api/contract.ts';
import { dispatch } from '../../shared/api/dispatch.ts';
import { AppError } from '../../shared/api/errors.ts';
import { handlers } from '../handlers/index.ts';
import { makeContext } from '../handlers/context.ts';
import { openAppDatabase, type AppDatabase } from '../store/app-open.ts';
import { defaultDataDir, defaultDbPath } from '../paths.ts';
import { resolveInside } from '../host/static-files.ts';
import { channelOf } from './channels.ts';
import { APP_ORIGIN, APP_PROTOCOL, CONTENT_SECURITY_POLICY, devToolsAllowed, isAllowedRequestUrl, isAppUrl, webPreferences } from './window-options.ts';

const here = import.meta.dirname; // dist/electron after the build
const rendererDir = join(here, '..', 'renderer');
const dbArg = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
const devTools = devToolsAllowed(app.isPackaged);

protocol.registerSchemesAsPrivileged([{ scheme: APP_PROTOCOL, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
app.setPath('userData', defaultDataDir());

// Two writers never open the same DB: a second start only focuses the first window
// (and the lock file next to the DB keeps the CLI and the browser host out too).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let store: AppDatabase | null = null;
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
    if (!devTools) contents.on('devtools-opened', () => contents.closeDevTools());
  });

  app.whenReady().then(async () => {
    if (!devTools) Menu.setApplicationMenu(null); // no reload / DevTools entries in the installed app
    const dbPath = dbArg ?? defaultDbPath();
    try {
      store = await openAppDatabase(dbPath, 'アプリ');
    } catch (e) {
      dialog.showErrorBox('アクションプラン・デスク', e instanceof AppError ? e.message : `データベースを開けません: ${String(e)}`);
      app.exit(2);
      return;
    }
    if (store.warning) void dialog.showMessageBox({ type: 'warning', title: 'アクションプラン・デスク', message: store.warning });
    const ctx = makeContext(store.db, dbPath, 'electron', store);

    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
    ses.setPermissionCheckHandler(() => false);
    ses.setDevicePermissionHandler(() => false);
    ses.setDisplayMediaRequestHandler((_req, cb) => cb({}));
    // No remote content: every request that is not the app's own file is cancelled.
    ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !isAllowedRequestUrl(details.url) }));
    ses.webRequest.onHeadersReceived((details, cb) => {
      cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    // The renderer is served from the app's own files under app://plan-desk/, never from the network.
    protocol.handle(APP_PROTOCOL, async (req) => {
      const pathname = new URL(req.url).pathname;
      const path = resolveInside(rendererDir, pathname === '/' ? '/index.html' : pathname);
      if (!path) return new Response('not found', { status: 404 });
      const res = await net.fetch(pathToFileURL(path).toString());
      const headers = new Headers(res.headers);
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(res.body, { status: res.status, headers });
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
      webPreferences: webPreferences(join(here, 'preload.cjs'), devTools),
    });
    win.once('ready-to-show', () => win?.show());
    // The page blocks closing while an edit is unsaved (beforeunload); Electron shows no dialog
    // of its own for that, so ask here, or the window would silently refuse to close.
    const shown = win;
    shown.webContents.on('will-prevent-unload', (e) => {
      const choice = dialog.showMessageBoxSync(shown, {
        type: 'question',
        buttons: ['破棄して閉じる', 'キャンセル'],
        defaultId: 1,
        cancelId: 1,
        message: '保存していない変更があります。変更を破棄して閉じますか?',
      });
      if (choice === 0) e.preventDefault();
    });
    void win.loadURL(`${APP_ORIGIN}/index.html`);
  });

  app.on('window-all-closed', () => {
    store?.close(); // closes the DB and releases the lock file
    store = null;
    app.quit();
  });
}
