// The log of the app and the browser host: a text file in the data folder (logs/plan-desk.log),
// rotated by size so it never grows past a few MB. For the help desk: errors with their id (the
// id the user sees in the message), start and stop, DB opened and closed. Never throws.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Log {
  /** The folder the log files are in (ヘルプ → ログのフォルダーを開く). */
  dir: string;
  info(message: string): void;
  /** An internal error under the id shown to the user. */
  error(id: string, where: string, e: unknown): void;
}

export const LOG_FILE = 'plan-desk.log';

export interface LogOptions {
  /** Size at which the file is rotated (default 1 MB). */
  maxBytes?: number;
  /** Rotated files kept beside it (plan-desk.1.log …; default 3). */
  keep?: number;
  now?: () => Date;
}

/** The log folder of a DB: `logs` beside it (the data folder, when the DB is the default one). */
export const logDirOf = (dbPath: string) => join(dirname(dbPath), 'logs');

export function openLog(dir: string, opts: LogOptions = {}): Log {
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const keep = opts.keep ?? 3;
  const now = opts.now ?? (() => new Date());
  const file = join(dir, LOG_FILE);
  const rotated = (n: number) => join(dir, LOG_FILE.replace(/\.log$/u, `.${n}.log`));

  function rotate(): void {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try { renameSync(rotated(n), rotated(n + 1)); } catch { /* not there yet */ }
    }
    renameSync(file, rotated(1));
  }

  function write(level: string, message: string): void {
    const line = `${now().toISOString()} ${level} ${message.replaceAll('\n', '\n    ')}\n`;
    try {
      mkdirSync(dir, { recursive: true });
      let size = 0;
      try { size = statSync(file).size; } catch { /* new file */ }
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(file, line);
    } catch {
      // A log that cannot be written must not stop the app (read-only folder, full disk).
    }
  }

  return {
    dir,
    info: (message) => write('INFO ', message),
    error: (id, where, e) => write('ERROR', `[${id}] ${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  };
}
