// Backups of the plan DB: a consistent copy through SQLite's online backup (never a raw file copy,
// which could catch a write half-done), and automatic ones before risky operations, newest 20 kept.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';

export const KEEP_AUTO_BACKUPS = 20;
const AUTO_NAME = /^plan-desk-\d{8}-\d{6}(?:-[^/\\]*)?\.db$/u;

/** Copies the open DB into `destFile` (written beside it, then renamed, so a failure leaves no half file). */
export async function backupDatabase(db: Database, destFile: string): Promise<void> {
  mkdirSync(dirname(destFile), { recursive: true });
  const tmp = `${destFile}.part`;
  try {
    await db.backup(tmp);
    renameSync(tmp, destFile);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError('INTERNAL', `バックアップを作成できませんでした(${(e as Error).message})。ディスクの空き容量とフォルダーの権限を確認してください。データは変更していません。`);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

/** A reason as a safe file-name part: letters, digits, - and _ (Japanese letters kept). */
const safeReason = (reason: string) => reason.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 40) || 'auto';

/**
 * Writes `<folder of the DB>/backups/plan-desk-YYYYMMDD-HHMMSS-<reason>.db` and prunes the
 * automatic backups to the newest 20. Returns the path, or null for an in-memory DB.
 */
export async function autoBackup(db: Database, dbPath: string, reason: string, now: Date = new Date()): Promise<string | null> {
  if (dbPath === ':memory:' || dbPath === '') return null;
  const dir = join(dirname(dbPath), 'backups');
  const base = `plan-desk-${stamp(now)}-${safeReason(reason)}`;
  let dest = join(dir, `${base}.db`);
  for (let i = 2; existsSync(dest); i++) dest = join(dir, `${base}-${i}.db`);
  await backupDatabase(db, dest);
  pruneAutoBackups(dir);
  return dest;
}

/** Deletes all but the newest `keep` automatic backups (names sort by time). Other files are left alone. */
export function pruneAutoBackups(dir: string, keep = KEEP_AUTO_BACKUPS): string[] {
  const names = readdirSync(dir).filter((n) => AUTO_NAME.test(n)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const n of old) rmSync(join(dir, n), { force: true });
  return old;
}

// --- listing and the daily backup on start (issue 8) ---

export interface BackupFile {
  path: string;
  name: string;
  /** Local time from the name: YYYY-MM-DD HH:MM:SS. */
  takenAt: string;
  reason: string;
}

const BACKUP_PARTS = /^plan-desk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(.*))?\.db$/u;

/** The automatic backups next to `dbPath`, newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = join(dirname(dbPath), 'backups');
  if (dbPath === ':memory:' || !existsSync(dir)) return [];
  const out: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const m = BACKUP_PARTS.exec(name);
    if (m) out.push({ path: join(dir, name), name, takenAt: `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`, reason: m[7] ?? '' });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

export const newestBackup = (dbPath: string): BackupFile | null => listBackups(dbPath)[0] ?? null;

/** Once a day on start (Electron main, browser host): skipped when a backup of today's start exists. */
export async function dailyBackup(db: Database, dbPath: string, now: Date = new Date()): Promise<string | null> {
  const today = stamp(now).slice(0, 8);
  if (listBackups(dbPath).some((b) => b.name.startsWith(`plan-desk-${today}-`) && b.reason.startsWith('daily'))) return null;
  return autoBackup(db, dbPath, 'daily', now);
}
