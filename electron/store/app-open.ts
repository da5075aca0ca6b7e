// How the long-running front ends (Electron, the browser host) open the DB: take the lock, open
// with the health check, clean a killed run's leftovers, then take the day's backup. Closing
// releases the lock. When another program holds the lock, or the file or its folder cannot be
// written, the DB opens for viewing only (SQLite `readonly`: never two writers) and can take
// over later, once the lock is free.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { dailyBackup } from './backup.ts';
import { acquireDbLock, describeHolder, type DbLock, type LockHolder, type LockInfo } from './db-lock.ts';
import { openCheckedDatabase } from './integrity.ts';
import { cleanLeftovers } from './leftovers.ts';
import { schemaVersionOf, SCHEMA_VERSION } from './migrations.ts';
import type { OpenOptions } from './open.ts';
import { markViewOnly, viewOnlyOf, type ViewOnly } from './view-only.ts';

export interface AppDatabase {
  /** The open connection; replaced when a view-only start takes over (takeOver). */
  db: Database;
  dbPath: string;
  /** The backup taken on this start (null: today's already existed, or view-only). */
  dailyBackupPath: string | null;
  /** A failed daily backup does not stop the app; its Japanese warning is here. */
  warning: string | null;
  /** Why the DB is open for viewing only (null: open for editing). */
  viewOnly: ViewOnly | null;
  /** Opens the DB for editing when the lock has become free; false while someone still holds it. */
  takeOver(): Promise<boolean>;
  close(): void;
}

type Writable = { lock: DbLock } | { viewOnly: ViewOnly };

function fileWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** The lock, or why the DB can only be viewed. Other failures (a bad path) pass through. */
function lockOrViewOnly(dbPath: string, holder: LockHolder): Writable {
  let lock: DbLock;
  try {
    lock = acquireDbLock(dbPath, holder);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const details = e.details as { lockHolder?: LockInfo | null; lockNotCreated?: string } | undefined;
    if (e.code === 'CONFLICT' && details && 'lockHolder' in details) {
      const info = details.lockHolder ?? null;
      return { viewOnly: { reason: `${describeHolder(info)}が編集中のため`, holder: info } };
    }
    if (e.code === 'STORAGE') {
      const full = details?.lockNotCreated === 'ENOSPC' || details?.lockNotCreated === 'EDQUOT';
      return { viewOnly: { reason: full ? 'ディスクの空き容量がないため' : 'データベースのフォルダーに書き込めないため', holder: null } };
    }
    throw e;
  }
  if (!fileWritable(dbPath)) {
    lock.release();
    return { viewOnly: { reason: 'データベースのファイルが読み取り専用のため', holder: null } };
  }
  return { lock };
}

/** A view-only connection cannot migrate: a DB still of an older schema is refused until its holder has closed it. */
function openViewOnly(dbPath: string, v: ViewOnly, opts: OpenOptions): Database {
  const db = openCheckedDatabase(dbPath, { ...opts, create: false, readonly: true });
  const version = schemaVersionOf(db);
  if (version < SCHEMA_VERSION) {
    db.close();
    throw new AppError('CONFLICT',
      `データベース「${dbPath}」は古い形式(形式 ${version}、この版は ${SCHEMA_VERSION})のままで、${v.reason.replace(/のため$/u, '')}です。` +
      '閲覧のみでは新しい形式に更新できないため開けません。編集中の端末のアプリを終了してから開くと、新しい形式に更新されます。');
  }
  markViewOnly(db, v);
  return db;
}

async function backupOfTheDay(db: Database, dbPath: string): Promise<{ path: string | null; warning: string | null }> {
  try {
    return { path: await dailyBackup(db, dbPath), warning: null };
  } catch (e) {
    return { path: null, warning: `今日のバックアップを作れませんでした(${(e as Error).message})。保存先のフォルダー(backups)の空き容量と書き込み権限を確認してください。` };
  }
}

export async function openAppDatabase(dbPath: string, holder: LockHolder, opts: OpenOptions = {}): Promise<AppDatabase> {
  // On a fresh terminal the app's data folder does not exist yet: the lock file goes in it.
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const got = lockOrViewOnly(dbPath, holder);
  let lock: DbLock | null = 'lock' in got ? got.lock : null;
  let db: Database;
  try {
    db = lock ? openCheckedDatabase(dbPath, opts) : openViewOnly(dbPath, (got as { viewOnly: ViewOnly }).viewOnly, opts);
  } catch (e) {
    lock?.release();
    throw e;
  }
  if (lock) cleanLeftovers(dbPath, lock.path);
  const daily = lock ? await backupOfTheDay(db, dbPath) : { path: null, warning: null };
  let closed = false;
  const app: AppDatabase = {
    db,
    dbPath,
    dailyBackupPath: daily.path,
    warning: daily.warning,
    viewOnly: viewOnlyOf(db),
    async takeOver() {
      if (!app.viewOnly) return true;
      const next = lockOrViewOnly(dbPath, holder);
      if (!('lock' in next)) {
        app.viewOnly = next.viewOnly;
        markViewOnly(app.db, next.viewOnly);
        return false;
      }
      let writable: Database;
      try {
        writable = openCheckedDatabase(dbPath, opts);
      } catch (e) {
        next.lock.release();
        throw e;
      }
      app.db.close();
      app.db = writable;
      lock = next.lock;
      app.viewOnly = null;
      cleanLeftovers(dbPath, lock.path);
      const d = await backupOfTheDay(writable, dbPath);
      app.dailyBackupPath = d.path;
      app.warning = d.warning;
      return true;
    },
    close() {
      if (closed) return;
      closed = true;
      app.db.close();
      lock?.release();
    },
  };
  return app;
}
