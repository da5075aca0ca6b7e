// Opening the DB with a health check: PRAGMA quick_check on start, and a recovery message that
// names the newest backup and the restore command when the file is damaged or not a plan DB.
import Database, { type Database as Db } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { KEEP_AUTO_BACKUPS, newestBackup } from './backup.ts';
import { openDatabase, type OpenOptions } from './open.ts';

/** What to do next: restore the newest backup (named), or say that there is none. */
export function recoveryHint(dbPath: string): string {
  const b = newestBackup(dbPath);
  if (!b) {
    return `\nバックアップ(${dbPath} と同じフォルダーの backups)が見つかりません。別の場所にコピーがあれば、アプリを終了してから\n  plan-desk restore --db "${dbPath}" --from "コピーのファイル"\nで復元してください。`;
  }
  return (
    `\n最新のバックアップは「${b.path}」(${b.takenAt})です(backups には、このデータベースの自動バックアップが新しい順に ${KEEP_AUTO_BACKUPS} 個まで残ります。古い状態が必要なら plan-desk restore --db "${dbPath}" で一覧できます)。` +
    `\nアプリを終了してから、次のコマンドで復元してください(今のファイルも backups に保存されます):` +
    `\n  plan-desk restore --db "${dbPath}" --from "${b.path}"` +
    `\nコマンドが使えない端末では、今のファイルを別の名前に変えて残し、バックアップのファイルを「${dbPath}」としてコピーしてください(同じ名前の -journal ファイルがあれば、それも別の名前に変えます)。`
  );
}

/** SQLite says the file is damaged (or not a database at all). */
function isCorruption(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'));
}

/** Runs quick_check (or the full integrity_check) and returns the problems found (empty: healthy). */
export function integrityProblems(db: Db, mode: 'quick' | 'full' = 'quick'): string[] {
  const rows = db.pragma(mode === 'quick' ? 'quick_check(20)' : 'integrity_check(20)') as Record<string, string>[];
  const lines = rows.map((r) => String(Object.values(r)[0]));
  const fk = db.pragma('foreign_key_check') as unknown[];
  const problems = lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  if (fk.length > 0) problems.push(`外部キーの不整合 ${fk.length} 件`);
  return problems;
}

/** Throws DB_INVALID with the recovery hint when the DB fails the check. */
export function assertHealthy(db: Db, dbPath: string, mode: 'quick' | 'full' = 'quick'): void {
  let problems: string[];
  try {
    problems = integrityProblems(db, mode);
  } catch (e) {
    problems = [(e as Error).message];
  }
  if (problems.length > 0) {
    throw new AppError('DB_INVALID', `データベース「${dbPath}」が壊れています(検査結果: ${problems.slice(0, 3).join(' / ')})。データは変更していません。${recoveryHint(dbPath)}`);
  }
}

/**
 * openDatabase + quick_check: what Electron, the browser host and the CLI open the DB with.
 * A damaged or foreign file ends in DB_INVALID naming the newest backup; other refusals
 * (missing file, newer schema) pass through unchanged.
 */
export function openCheckedDatabase(path: string, opts: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = openDatabase(path, opts);
  } catch (e) {
    if (e instanceof AppError && e.code === 'DB_INVALID') throw new AppError('DB_INVALID', `${e.message}${recoveryHint(path)}`);
    if (isCorruption(e)) throw new AppError('DB_INVALID', `データベース「${path}」が壊れています(${(e as Error).message})。データは変更していません。${recoveryHint(path)}`);
    throw e;
  }
  try {
    assertHealthy(db, path);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/**
 * Checks a file meant to replace the DB (restore): SQLite, a plan-desk DB of a schema this app
 * can open (not newer), passing the full integrity_check. Opened read-only: the file is not changed.
 */
export function inspectDbFile(path: string, maxVersion: number): { version: number } {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError('NOT_FOUND', `「${path}」を開けません(${(e as Error).message})。`);
  }
  try {
    let version: number;
    let hasPlan: boolean;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      hasPlan = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'plan'").get() as { n: number }).n > 0;
    } catch (e) {
      throw new AppError('DB_INVALID', `「${path}」は SQLite データベースとして読めません(${(e as Error).message})。バックアップのファイルを指定してください。`);
    }
    if (version === 0 || !hasPlan) throw new AppError('DB_INVALID', `「${path}」はアクションプラン・デスクのデータベースではありません。`);
    if (version > maxVersion) {
      throw new AppError('DB_NEWER', `「${path}」は新しい版のアプリで作られています(形式 ${version}、この版は ${maxVersion} まで)。アプリを更新してから復元してください。`);
    }
    let problems: string[];
    try {
      problems = integrityProblems(db, 'full');
    } catch (e) {
      problems = [(e as Error).message];
    }
    if (problems.length > 0) throw new AppError('DB_INVALID', `「${path}」は壊れています(検査結果: ${problems.slice(0, 3).join(' / ')})。別のバックアップを指定してください。`);
    return { version };
  } finally {
    db.close();
  }
}
