// How the long-running front ends (Electron, the browser host) open the DB: take the lock, open
// with the health check, then take the day's backup. Closing releases the lock.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { dailyBackup } from './backup.ts';
import { acquireDbLock, type LockHolder } from './db-lock.ts';
import { openCheckedDatabase } from './integrity.ts';
import type { OpenOptions } from './open.ts';

export interface AppDatabase {
  db: Database;
  dbPath: string;
  /** The backup taken on this start (null: today's already existed). */
  dailyBackupPath: string | null;
  /** A failed daily backup does not stop the app; its Japanese warning is here. */
  warning: string | null;
  close(): void;
}

export async function openAppDatabase(dbPath: string, holder: LockHolder, opts: OpenOptions = {}): Promise<AppDatabase> {
  // On a fresh terminal the app's data folder does not exist yet: the lock file goes in it.
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const lock = acquireDbLock(dbPath, holder);
  let db: Database;
  try {
    db = openCheckedDatabase(dbPath, opts);
  } catch (e) {
    lock.release();
    throw e;
  }
  let dailyBackupPath: string | null = null;
  let warning: string | null = null;
  try {
    dailyBackupPath = await dailyBackup(db, dbPath);
  } catch (e) {
    warning = `今日のバックアップを作れませんでした(${(e as Error).message})。保存先のフォルダー(backups)の空き容量と書き込み権限を確認してください。`;
  }
  let closed = false;
  return {
    db,
    dbPath,
    dailyBackupPath,
    warning,
    close() {
      if (closed) return;
      closed = true;
      db.close();
      lock.release();
    },
  };
}
