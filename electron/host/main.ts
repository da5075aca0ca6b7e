// Starts the browser host on its own: `node bin/host.mjs [--db FILE] [--port N] [--no-open]`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/api/errors.ts';
import { openAppDatabase, type AppDatabase } from '../store/app-open.ts';
import { defaultDbPath } from '../paths.ts';
import { logDirOf, openLog } from '../log/log-file.ts';
import { startHost } from './server.ts';

export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

function openBrowser(url: string): void {
  const cmd = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  try {
    const child = spawn(cmd, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined); // no system browser: the printed URL is enough
    child.unref();
  } catch {
    /* the URL is printed above */
  }
}

export async function runHost(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } } });
  if (!existsSync(`${RENDERER_DIR}index.html`)) {
    console.error('画面のファイル(dist/renderer)がありません。先に `npm run build` を実行してください。');
    process.exit(2);
  }
  const dbPath = values.db ?? defaultDbPath();
  const log = openLog(logDirOf(dbPath));
  log.info(`ブラウザー版を起動(プロセス番号 ${process.pid})`);
  // The lock, the health check and the day's backup, as in the Electron shell.
  let opened: AppDatabase;
  try {
    opened = await openAppDatabase(dbPath, 'ブラウザー版');
  } catch (e) {
    log.info(`データベース「${dbPath}」を開けません: ${e instanceof Error ? e.message : String(e)}`);
    console.error(e instanceof AppError ? `エラー: ${e.message}` : `データベースを開けません: ${String(e)}`);
    process.exit(2);
  }
  log.info(`データベース「${dbPath}」を開きました`);
  if (opened.warning) console.error(`注意: ${opened.warning}`);
  if (opened.viewOnly) console.error(`注意: 閲覧のみで開いています(${opened.viewOnly.reason})。編集・取り込み・確定はできません。`);
  const db = opened.db;
  const host = await startHost({ db, dbPath, app: opened, staticDir: RENDERER_DIR, port: values.port ? Number(values.port) : 0, log });
  console.log(`アクションプラン・デスク: ${host.openUrl}`);
  console.log(`データベース: ${dbPath}(終了は Ctrl+C)`);
  console.log(`ログのフォルダー: ${log.dir}`);
  if (!values['no-open'] && !process.env.CI) openBrowser(host.openUrl);
  const stop = () => void host.close().then(() => {
    opened.close();
    log.info(`データベース「${dbPath}」を閉じました。ブラウザー版を終了`);
    process.exit(0);
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runHost(process.argv.slice(2));
