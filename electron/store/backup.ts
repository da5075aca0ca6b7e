// Backups of the plan DB: a consistent copy through SQLite's online backup (never a raw file copy,
// which could catch a write half-done), and automatic ones before risky operations, newest 20 kept.
// Each backup's name starts with its DB's file stem, so two DBs in one folder never share them.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';

export const KEEP_AUTO_BACKUPS = 20;

/** plan-desk.db → plan-desk: the start of every backup's name. */
export const backupStem = (dbPath: string) => basename(dbPath, extname(dbPath)) || basename(dbPath);
export const backupDirOf = (dbPath: string) => join(dirname(dbPath), 'backups');

/** A literal text inside a RegExp (a DB's stem may hold dots, brackets, +). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** <stem>-YYYYMMDD-HHMMSS[-kind].db, with the time parts captured. */
const backupName = (stem: string) => new RegExp(`^${escapeRegExp(stem)}-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-(.*))?\\.db$`, 'u');

/** The file a backup is copied into before it gets its name (the pid tells a killed run's leftover). */
export const partPathOf = (destFile: string, pid = process.pid) => `${destFile}.${pid}.part`;

/** Copies the open DB into `destFile` (written beside it, then renamed, so a failure leaves no half file). */
export async function backupDatabase(db: Database, destFile: string): Promise<void> {
  mkdirSync(dirname(destFile), { recursive: true });
  const tmp = partPathOf(destFile);
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
 * Writes `<folder of the DB>/backups/<stem>-YYYYMMDD-HHMMSS-<reason>.db` and prunes that DB's
 * automatic backups to the newest 20. Returns the path, or null for an in-memory DB.
 */
/** A new backup's path: `<folder of the DB>/backups/<stem>-YYYYMMDD-HHMMSS-<reason>[-n].db`, never an existing file. */
function newBackupPath(dbPath: string, reason: string, now: Date): string {
  const dir = backupDirOf(dbPath);
  const base = `${backupStem(dbPath)}-${stamp(now)}-${safeReason(reason)}`;
  let dest = join(dir, `${base}.db`);
  for (let i = 2; existsSync(dest); i++) dest = join(dir, `${base}-${i}.db`);
  return dest;
}

export async function autoBackup(db: Database, dbPath: string, reason: string, now: Date = new Date()): Promise<string | null> {
  if (dbPath === ':memory:' || dbPath === '') return null;
  const dest = newBackupPath(dbPath, reason, now);
  await backupDatabase(db, dest);
  pruneAutoBackups(dbPath);
  return dest;
}

/**
 * Before a migration changes a DB of an earlier version: `<stem>-YYYYMMDD-HHMMSS-before-vN.db`, the
 * DB as it was (SQLite's own serialization of the open connection: consistent, and synchronous, as
 * opening is). A migration runs in one transaction, so this is not for a failed one but for a
 * coordinator who wants the earlier state back (or an older app to read it). Null for an in-memory DB.
 */
export function backupBeforeMigration(db: Database, dbPath: string, toVersion: number, now: Date = new Date()): string | null {
  if (dbPath === ':memory:' || dbPath === '') return null;
  const dest = newBackupPath(dbPath, `before-v${toVersion}`, now);
  mkdirSync(dirname(dest), { recursive: true });
  const tmp = partPathOf(dest);
  try {
    writeFileSync(tmp, db.serialize());
    renameSync(tmp, dest);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e; // openDatabase names the fault (a full disk, a folder it cannot write) and migrates nothing
  }
  pruneAutoBackups(dbPath);
  return dest;
}

/** Deletes all but the newest `keep` backups of `dbPath` (names sort by time). Other files, other DBs' backups are left alone. */
export function pruneAutoBackups(dbPath: string, keep = KEEP_AUTO_BACKUPS): string[] {
  const old = listBackups(dbPath).slice(keep).map((b) => b.path);
  for (const p of old) rmSync(p, { force: true });
  return old;
}

// --- listing and the daily backup on start ---

export interface BackupFile {
  path: string;
  name: string;
  /** Local time from the name: YYYY-MM-DD HH:MM:SS. */
  takenAt: string;
  reason: string;
}

/** The backups of `dbPath` (by its stem) in the backups folder next to it, newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = backupDirOf(dbPath);
  if (dbPath === ':memory:' || !existsSync(dir)) return [];
  const parts = backupName(backupStem(dbPath));
  const out: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const m = parts.exec(name);
    if (m) out.push({ path: join(dir, name), name, takenAt: `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`, reason: m[7] ?? '' });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

export const newestBackup = (dbPath: string): BackupFile | null => listBackups(dbPath)[0] ?? null;

/** Once a day on start (Electron main, browser host): skipped when a backup of today's start exists. */
export async function dailyBackup(db: Database, dbPath: string, now: Date = new Date()): Promise<string | null> {
  const today = stamp(now).slice(0, 8);
  if (listBackups(dbPath).some((b) => b.takenAt.replaceAll('-', '').startsWith(today) && b.reason.startsWith('daily'))) return null;
  return autoBackup(db, dbPath, 'daily', now);
}
