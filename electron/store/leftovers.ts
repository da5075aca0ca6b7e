// What a killed run leaves next to the DB: a restore's or init's temporary copy, a backup's .part
// and a lock's temporary file. Removed at the next start, once the DB's lock is held, when the
// process that made them (pid in the name) is gone and the file is 10 minutes old — a pid means
// nothing for a file another terminal is writing on a shared folder right now — or a day old.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupDirOf, backupStem, escapeRegExp } from './backup.ts';
import { isProcessAlive } from './db-lock.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const SETTLED_MS = 10 * 60 * 1000;

function abandoned(path: string, pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    const age = Date.now() - statSync(path).mtimeMs;
    return (age > SETTLED_MS && !isProcessAlive(pid)) || age > DAY_MS;
  } catch {
    return false;
  }
}

/** Removes the leftovers of `dbPath`'s killed runs; returns the paths removed. */
export function cleanLeftovers(dbPath: string, lockPath: string): string[] {
  if (dbPath === ':memory:' || dbPath === '') return [];
  const removed: string[] = [];
  const sweep = (dir: string, pattern: RegExp) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const m = pattern.exec(name);
      if (!m) continue;
      const path = join(dir, name);
      if (!abandoned(path, Number(m[1]))) continue;
      rmSync(path, { force: true });
      removed.push(path);
    }
  };
  const db = escapeRegExp(basename(dbPath));
  sweep(dirname(dbPath), new RegExp(`^${db}\\.(?:restore|init)-(\\d+)\\.tmp(?:-journal)?$`, 'u'));
  sweep(dirname(lockPath), new RegExp(`^${escapeRegExp(basename(lockPath))}\\.(\\d+)\\.tmp$`, 'u'));
  sweep(backupDirOf(dbPath), new RegExp(`^${escapeRegExp(backupStem(dbPath))}-.*\\.db\\.(\\d+)\\.part$`, 'u'));
  return removed;
}
