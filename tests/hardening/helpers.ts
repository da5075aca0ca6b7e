// Helpers of the hardening tests: a DB from the mini plan, a logical hash of a DB's content,
// damaging a DB file on purpose, running a .ts script in a child Node (native TS), and a child that holds a DB's lock.
import { createHash } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openDatabase } from '../../electron/store/open.ts';
import { miniPlan, tempDir } from '../helpers.ts';

/** A fresh plan DB (mini plan) in a new temp folder. */
export function miniDb(name = 'plan.db'): { dir: string; dbPath: string } {
  const dir = tempDir('plan-desk-hardening-');
  const dbPath = join(dir, name);
  openDatabase(dbPath, { seed: miniPlan }).close();
  return { dir, dbPath };
}

/** SHA-256 of every row of every table (by name, then rowid): equal hashes, equal content. */
export function contentHash(dbPath: string): string {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const h = createHash('sha256');
    h.update(`v${db.pragma('user_version', { simple: true })}`);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) {
      h.update(`\n#${name}\n`);
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate()) h.update(JSON.stringify(row));
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}

/** Overwrites bytes in the middle of the file (the header stays valid: SQLite opens it, then finds damage). */
export function damageFile(path: string, pageSize = 4096): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    for (let off = pageSize * 2; off < size; off += pageSize * 3) writeSync(fd, Buffer.alloc(600, 0x5a), 0, 600, off + 8);
  } finally {
    closeSync(fd);
  }
}

/** Runs a TypeScript file in a child Node process (Node 24 strips the types) and resolves when it exits. */
export function runTs(file: string, args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'], ...(opts.timeoutMs ? { timeout: opts.timeoutMs, killSignal: 'SIGKILL' as const } : {}) });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { err += c; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const LOCK_HOLDER = fileURLToPath(new URL('./lock-holder.ts', import.meta.url));

/** Starts a child process that holds the DB's lock (as another terminal would); resolves once it does. */
export function holdLock(dbPath: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOCK_HOLDER, dbPath], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdout!.on('data', (c: Buffer) => { if (c.toString().includes('LOCKED')) resolve(child); });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}
