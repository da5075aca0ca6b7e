// One writer per DB file: a lock file next to it (plan-desk.db.lock) created exclusively, holding
// the owner's pid, terminal and start time. Electron, the browser host and the writing CLI commands
// take it; a lock left by a process that died (same terminal, pid gone) is taken over.
// The lock belongs to the file, not to the name it was opened by: it sits next to the real path,
// so a symlink, `..`, another letter case on Windows or a second name of the folder finds it too.
import { basename, dirname, join } from 'node:path';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, realpathSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { AppError } from '../../shared/api/errors.ts';
import { isDiskFull } from './faults.ts';

export type LockHolder = 'アプリ' | 'ブラウザー版' | 'CLI';

export interface LockInfo {
  pid: number;
  host: string;
  holder: string;
  since: string;
}

export interface DbLock {
  path: string;
  release(): void;
}

/** A lock file that cannot be read is only trusted this long (its writer may be between open and write). */
const UNREADABLE_GRACE_MS = 10_000;

/** The DB file's real path (for a file not made yet: its folder's real path + its name). */
export function realDbPath(dbPath: string): string {
  let real: string;
  try {
    real = realpathSync.native(dbPath);
  } catch {
    try {
      real = join(realpathSync.native(dirname(dbPath)), basename(dbPath));
    } catch {
      real = dbPath;
    }
  }
  return process.platform === 'win32' ? real.toLowerCase() : real;
}

export const lockPathOf = (dbPath: string) => `${realDbPath(dbPath)}.lock`;

/** The temporary file a lock is written to before it is linked into place (pid in the name: leftovers can be told apart). */
export const lockTempPathOf = (lockPath: string, pid = process.pid) => `${lockPath}.${pid}.tmp`;

/** Locks this process holds, by lock path, with a count: the same process may open its DB again. */
const held = new Map<string, number>();
let exitHookInstalled = false;

export function readLock(path: string): LockInfo | null {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? { pid: v.pid, host: v.host, holder: String(v.holder ?? ''), since: String(v.since ?? '') } : null;
  } catch {
    return null;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, but belongs to someone else
  }
}

/** Why the existing lock is stale (may be taken over), or null when its owner may still be running. */
function staleReason(path: string, info: LockInfo | null): string | null {
  if (!info) {
    try {
      return Date.now() - statSync(path).mtimeMs > UNREADABLE_GRACE_MS ? 'unreadable' : null;
    } catch {
      return 'gone';
    }
  }
  if (info.host !== hostname()) return null; // another terminal on a shared folder: its pid means nothing here
  if (info.pid === process.pid) return held.has(path) ? null : 'own-pid-reused';
  return isProcessAlive(info.pid) ? null : 'dead-pid';
}

/** 「アプリ」(端末「PC-01」、2025/6/12 9:00:00 から): who holds a lock, in plain words. */
export function describeHolder(info: LockInfo | null): string {
  return info ? `「${info.holder || '別のプログラム'}」(端末「${info.host}」、${info.since} から)` : '別のプログラム';
}

function lockedMessage(dbPath: string, path: string, info: LockInfo | null): string {
  const who = info
    ? `${info.holder || '別のプロセス'}(プロセス番号 ${info.pid}、端末「${info.host}」、${info.since} から)`
    : '別のプロセス';
  return (
    `データベース「${dbPath}」は ${who} が使用中です。同じデータベースに二つのプログラムが同時に書き込むとデータが壊れるため、開けません。` +
    `\n使用中のアプリ・ブラウザー版・コマンドを終了してから、もう一度実行してください。` +
    `\nどれも動いていないのにこのメッセージが出る場合は、ロックファイル「${path}」を削除してください。`
  );
}

function cannotCreate(path: string, e: unknown): AppError {
  const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  const what = isDiskFull(e)
    ? 'ディスクの空き容量がありません。不要なファイルを削除してから、もう一度実行してください'
    : `フォルダーに書き込めません(${code})。フォルダーの権限を確認するか、書き込めるフォルダーにデータベースを移してください`;
  return new AppError('STORAGE', `ロックファイル「${path}」を作れません: ${what}。データベースは変更していません。`, { details: { lockNotCreated: code } });
}

function writeWhole(file: string, text: string): void {
  const fd = openSync(file, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates the lock whole or not at all: written to a temporary file first, then hard-linked into
 * place (link fails when the lock exists, like an exclusive create). Where the file system has no
 * hard links, an exclusive create is the fallback (a reader then may see it empty for a moment).
 */
function tryCreate(path: string, holder: LockHolder): boolean {
  const text = JSON.stringify({ pid: process.pid, host: hostname(), holder, since: new Date().toLocaleString('ja-JP') } satisfies LockInfo);
  const tmp = lockTempPathOf(path);
  try {
    rmSync(tmp, { force: true });
    writeWhole(tmp, text);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw cannotCreate(path, e);
  }
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw cannotCreate(path, e);
  } finally {
    rmSync(tmp, { force: true });
  }
  try {
    writeWhole(path, text);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    rmSync(path, { force: true });
    throw cannotCreate(path, e);
  }
}

function removeIfOurs(path: string): void {
  const info = readLock(path);
  if (info && info.pid === process.pid && info.host === hostname()) rmSync(path, { force: true });
}

/** Takes the lock of `dbPath` or throws CONFLICT naming who holds it. In-memory DBs need none. */
export function acquireDbLock(dbPath: string, holder: LockHolder): DbLock {
  if (dbPath === ':memory:' || dbPath === '') return { path: '', release: () => undefined };
  const path = lockPathOf(dbPath);
  const count = held.get(path);
  if (count !== undefined && readLock(path)?.pid === process.pid) {
    held.set(path, count + 1);
  } else {
    held.delete(path);
    let taken = tryCreate(path, holder);
    // Taking over a stale lock is remove-then-create, not atomic: two processes starting within
    // the same few milliseconds after a crash could both take it. Accepted: Electron's
    // single-instance lock already covers the app started twice, the usual way to get there.
    for (let attempt = 0; !taken && attempt < 2; attempt++) {
      const info = readLock(path);
      if (staleReason(path, info) === null) throw new AppError('CONFLICT', lockedMessage(dbPath, path, info), { details: { lockHolder: info } });
      rmSync(path, { force: true });
      taken = tryCreate(path, holder);
    }
    if (!taken) {
      const info = readLock(path);
      throw new AppError('CONFLICT', lockedMessage(dbPath, path, info), { details: { lockHolder: info } });
    }
    held.set(path, 1);
  }
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => { for (const p of held.keys()) removeIfOurs(p); });
  }
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      const n = (held.get(path) ?? 1) - 1;
      if (n > 0) return void held.set(path, n);
      held.delete(path);
      removeIfOurs(path);
    },
  };
}
