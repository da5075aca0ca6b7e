// What every handler gets: the open DB and who is asking from where (for the audit trail).
import type { Database } from 'better-sqlite3';
import type { AppDatabase } from '../store/app-open.ts';
import { displayNameOrLogin } from '../store/terminal-settings.ts';

export { osUserName } from '../store/terminal-settings.ts';

export interface HandlerContext {
  db: Database;
  dbPath: string;
  /** This terminal's display name (settings), else the OS login: recorded in the audit trail. */
  readonly user: string;
  /** 画面 (the app window or browser host) or CLI. */
  source: string;
  host: 'electron' | 'browser' | 'cli';
  /** The app's open DB (Electron, browser host): view-only state and taking over. Absent in the CLI. */
  app?: AppDatabase;
}

/** With `app`, `db` follows it: a view-only start that takes over gets its new connection. */
export function makeContext(db: Database, dbPath: string, host: HandlerContext['host'], app?: AppDatabase): HandlerContext {
  const source = host === 'cli' ? 'CLI' : '画面';
  return {
    get db() {
      return app ? app.db : db;
    },
    dbPath,
    get user() {
      return displayNameOrLogin();
    },
    source,
    host,
    ...(app ? { app } : {}),
  };
}
