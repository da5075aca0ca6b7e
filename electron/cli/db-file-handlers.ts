// What only the CLI may do, on whole DB files: create one (from the seed or synthetic), back one up,
// restore one. Served through cli-methods.ts by the same dispatch as the page's contract.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { defaultDepartmentCount, synthPlan } from '../../shared/synth/generate.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { autoBackup, backupDatabase, backupStem } from '../store/backup.ts';
import { acquireDbLock } from '../store/db-lock.ts';
import { inspectDbFile, openCheckedDatabase } from '../store/integrity.ts';
import { SCHEMA_VERSION } from '../store/migrations.ts';
import { loadPublishedSeed, openDatabase } from '../store/open.ts';
import { parsePlanDocument } from '../store/seed.ts';
import { withDb } from './io.ts';

const refuseExisting = (db: string, force: boolean | undefined) => {
  if (existsSync(db) && !force) throw new AppError('CONFLICT', `「${db}」は既にあります。上書きする場合は --force を付けてください(今のデータは失われます)。`);
};

/** Built next to the target and renamed over it, so a failure never leaves half a DB behind. */
function buildDb(target: string, tag: string, seed?: () => PlanDocument): void {
  const tmp = `${target}.${tag}-${process.pid}.tmp`;
  // --force never replaces a DB that the app, the browser host or another command has open.
  const lock = acquireDbLock(target, 'CLI');
  rmSync(tmp, { force: true });
  try {
    openDatabase(tmp, { create: true, ...(seed ? { seed } : {}) }).close();
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    lock.release();
  }
}

export function initDatabase(input: { db: string; force?: boolean }): { db: string } {
  refuseExisting(input.db, input.force);
  buildDb(input.db, 'init');
  return { db: input.db };
}

export function synthDatabase(input: { db: string; items: number; departments?: number; seed?: number; force?: boolean }) {
  const seedDoc = parsePlanDocument(loadPublishedSeed(), '元にする計画(seeds/plan-2025.json)');
  const departments = input.departments ?? defaultDepartmentCount(input.items, seedDoc.departments.length);
  if (departments > input.items * 10) throw new AppError('BAD_INPUT', `--departments には 1〜${input.items * 10} の整数を指定してください(指定: ${departments})。`);
  const seed = input.seed ?? 1;
  refuseExisting(input.db, input.force);
  const doc = synthPlan(seedDoc, { items: input.items, departments, seed });
  buildDb(input.db, 'synth', () => doc);
  return { db: input.db, initiatives: doc.initiatives.length, departments: doc.departments.length, seed };
}

export async function backupDb(input: { db: string; out?: string }): Promise<{ path: string }> {
  const out = input.out;
  if (out && existsSync(out)) throw new AppError('CONFLICT', `「${out}」は既にあります。別のファイル名を指定してください(上書きはしません)。`);
  const dest = await withDb(input.db, async (db, path) => {
    if (!out) return (await autoBackup(db, path, 'manual'))!;
    await backupDatabase(db, out);
    return out;
  }, { create: false, readonly: true });
  inspectDbFile(dest, SCHEMA_VERSION); // the copy must itself pass integrity_check
  return { path: dest };
}

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

/** Checked first; the current DB is backed up; the swap is a rename, so a failure leaves the old file in place. */
export async function restoreDb(input: { db: string; from: string }): Promise<{ version: number; kept: string | null }> {
  const { db: dbPath, from } = input;
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
    return { version, kept };
  } finally {
    rmSync(tmp, { force: true });
    lock.release();
  }
}
