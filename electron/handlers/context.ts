// What every handler gets: the open DB and who is asking from where (for the audit trail).
import { userInfo } from 'node:os';
import type { Database } from 'better-sqlite3';

export interface HandlerContext {
  db: Database;
  dbPath: string;
  /** The OS user name, recorded in the audit trail. */
  user: string;
  /** 画面 (the app window or browser host) or CLI. */
  source: string;
  host: 'electron' | 'browser' | 'cli';
}

export function osUserName(): string {
  try {
    return userInfo().username || process.env.USERNAME || process.env.USER || '不明';
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? '不明';
  }
}

export function makeContext(db: Database, dbPath: string, host: HandlerContext['host']): HandlerContext {
  return { db, dbPath, user: osUserName(), source: host === 'cli' ? 'CLI' : '画面', host };
}
