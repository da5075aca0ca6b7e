// backup / restore: a consistent copy of the DB, and putting a copy back (checked first; the
// current DB is backed up; the swap is a rename, so a failure leaves the old file in place).
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.ts';
import { autoBackup, backupDatabase, backupStem, listBackups } from '../../store/backup.ts';
import { acquireDbLock } from '../../store/db-lock.ts';
import { inspectDbFile, openCheckedDatabase } from '../../store/integrity.ts';
import { SCHEMA_VERSION } from '../../store/migrations.ts';
import { defaultDbPath } from '../../paths.ts';
import { EXIT, parseOptions, withDb, type Command } from '../io.ts';

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const stampNow = () => new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** Saves the DB about to be replaced: a proper backup when it opens, else its raw bytes (a damaged file is kept as evidence). */
async function keepCurrent(dbPath: string): Promise<string | null> {
  if (!existsSync(dbPath)) return null;
  try {
    const db = new Database(dbPath, { fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return await autoBackup(db, dbPath, 'before-restore');
    } finally {
      db.close();
    }
  } catch {
    const dest = join(dirname(dbPath), 'backups', `damaged-${backupStem(dbPath)}-${stampNow()}.db`);
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(dbPath, dest);
    if (existsSync(`${dbPath}-journal`)) copyFileSync(`${dbPath}-journal`, `${dest}-journal`);
    return dest;
  }
}

export const backupCommand: Command = {
  name: 'backup',
  usage: 'plan-desk backup --db FILE [--out FILE]',
  summary: 'データベースのバックアップを作ります(--out を省くとデータベースと同じフォルダーの backups に保存)',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, out: { type: 'string' } }, this.usage);
    if (values.out && existsSync(values.out)) {
      throw new AppError('CONFLICT', `「${values.out}」は既にあります。別のファイル名を指定してください(上書きはしません)。`);
    }
    const dest = await withDb(values.db, async (db, path) => {
      if (!values.out) return (await autoBackup(db, path, 'manual'))!;
      await backupDatabase(db, values.out);
      return values.out;
    }, { create: false, readonly: true });
    inspectDbFile(dest, SCHEMA_VERSION); // the copy must itself pass integrity_check
    io.err(`バックアップを作成しました: ${dest}`);
    return EXIT.ok;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'plan-desk restore --db FILE --from FILE',
  summary: 'バックアップからデータベースを復元します(検査してから置き換え、今のデータベースも backups に保存)',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, from: { type: 'string' } }, this.usage);
    const dbPath = values.db ?? defaultDbPath();
    if (!values.from) {
      const list = listBackups(dbPath).slice(0, 10);
      const lines = list.length ? list.map((b) => `  ${b.takenAt}  ${b.path}`).join('\n') : '  (バックアップがありません)';
      throw new AppError('BAD_INPUT', `--from で復元するバックアップを指定してください。新しい順のバックアップ:\n${lines}\n使い方: ${this.usage}`);
    }
    const from = values.from;
    const { version } = inspectDbFile(from, SCHEMA_VERSION); // refused here: nothing has been touched
    const lock = acquireDbLock(dbPath, 'CLI');
    const tmp = `${dbPath}.restore-${process.pid}.tmp`;
    try {
      // Copy first (the source may be an old backup that rotation would delete), check the copy.
      mkdirSync(dirname(dbPath), { recursive: true });
      copyFileSync(from, tmp);
      fsyncFile(tmp);
      inspectDbFile(tmp, SCHEMA_VERSION);
      const kept = await keepCurrent(dbPath);
      // A journal left by a crash belongs to the old file: applied to the restored one it would corrupt it.
      rmSync(`${dbPath}-journal`, { force: true });
      try {
        renameSync(tmp, dbPath);
      } catch (e) {
        throw new AppError('CONFLICT', `「${dbPath}」を置き換えられません(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})。アプリを終了してからやり直してください。今のデータベースは変更していません。`);
      }
      openCheckedDatabase(dbPath, { create: false }).close(); // an older schema is brought up to date here
      io.err(
        `「${from}」(形式 ${version})から「${dbPath}」を復元しました。` +
          (kept ? `\n復元前のデータベースは「${kept}」に保存しました。` : ''),
      );
      return EXIT.ok;
    } finally {
      rmSync(tmp, { force: true });
      lock.release();
    }
  },
};
