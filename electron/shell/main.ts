// Electron main process: one window, the contract served over IPC, nothing reachable from outside.
// Every rule of the hardening checklist (docs/INSTALL.md) lives in wiring/ as a function of the
// Electron objects it sets up (tested with fakes in tests/hardening/electron-wiring.test.ts);
// this file only calls them in order.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { dispatch } from '../../shared/api/dispatch.ts';
import { AppError } from '../../shared/api/errors.ts';
import { handlers } from '../handlers/index.ts';
import { makeContext } from '../handlers/context.ts';
import { logDirOf, openLog } from '../log/log-file.ts';
import { openAppDatabase, type AppDatabase } from '../store/app-open.ts';
import { defaultDataDir, defaultDbPath } from '../paths.ts';
import { APP_ORIGIN, APP_PROTOCOL, devToolsAllowed, webPreferences } from './window-options.ts';
import { serveApp } from './wiring/app-protocol.ts';
import { hardenEveryContents, hardenSession } from './wiring/harden.ts';
import { registerContract } from './wiring/ipc.ts';
import { registerShellChannels } from './wiring/save-channels.ts';

const here = import.meta.dirname; // dist/electron after the build
const rendererDir = join(here, '..', 'renderer');
const dbPath = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length) ?? defaultDbPath();
const devTools = devToolsAllowed(app.isPackaged);
const log = openLog(logDirOf(dbPath));

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
  log.info(`アプリを起動(プロセス番号 ${process.pid}、版 ${app.getVersion()})`);
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  hardenEveryContents(app, devTools);

  app.whenReady().then(async () => {
    if (!devTools) Menu.setApplicationMenu(null); // no reload / DevTools entries in the installed app
    try {
      store = await openAppDatabase(dbPath, 'アプリ');
    } catch (e) {
      log.info(`データベース「${dbPath}」を開けません: ${e instanceof Error ? e.message : String(e)}`);
      dialog.showErrorBox('アクションプラン・デスク', e instanceof AppError ? e.message : `データベースを開けません: ${String(e)}`);
      app.exit(2);
      return;
    }
    log.info(`データベース「${dbPath}」を開きました`);
    if (store.warning) void dialog.showMessageBox({ type: 'warning', title: 'アクションプラン・デスク', message: store.warning });
    const ctx = makeContext(store.db, dbPath, 'electron', store);

    hardenSession(session.defaultSession);
    serveApp(protocol, rendererDir, (url) => net.fetch(url));
    registerContract(ipcMain, (name, input) => dispatch(handlers, name, input, ctx, (e, id) => log.error(id, `API ${name}`, e)));
    registerShellChannels(ipcMain, { dialog, shell, window: () => win, startDir: () => app.getPath('documents'), logDir: log.dir });

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
  }).catch((e: unknown) => log.error('START', 'アプリの起動', e));

  app.on('window-all-closed', () => {
    store?.close(); // closes the DB and releases the lock file
    if (store) log.info(`データベース「${dbPath}」を閉じました。アプリを終了`);
    store = null;
    app.quit();
  });
}
