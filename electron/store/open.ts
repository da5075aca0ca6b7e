// Opening the plan DB: pragmas, migrations, and a new DB from the seed on first start.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { appFile } from '../app-root.ts';
import { assertNotEmptyFile, assertPlanDbShape } from './db-shape.ts';
import { describeStoreFault } from './faults.ts';
import { migrate, schemaVersionOf, SCHEMA_VERSION } from './migrations.ts';
import { createPlanFromDocument } from './seed.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { backupBeforeMigration } from './backup.ts';

export interface OpenOptions {
  /** Create the file when missing (from `seed`). Default true. */
  create?: boolean;
  /** The document a new DB starts from; default: the published plan in seeds/. */
  seed?: () => PlanDocument;
  readonly?: boolean;
}

/**
 * Rollback journal (DELETE), not WAL: Windows user folders may sit on a network drive where
 * WAL's shared memory is unsafe. synchronous=FULL so a power cut never loses a committed write.
 */
function applyPragmas(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!db.readonly) {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
  }
}

export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const isNew = path === ':memory:' || !existsSync(path);
  if (isNew && opts.create === false) {
    throw new AppError('NOT_FOUND', `データベース「${path}」がありません。\`plan-desk init --db ${path}\` で作成してください。`);
  }
  if (isNew && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // Only a missing file becomes a new DB: an existing one that is not a plan DB is refused untouched.
  if (!isNew) assertNotEmptyFile(path);
  let db: Db;
  try {
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: !isNew });
    if (!isNew) {
      // Reading the header fails fast on a file that is not SQLite at all.
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const fault = describeStoreFault(e, path);
    if (fault) throw fault;
    throw new AppError('DB_INVALID', `「${path}」を SQLite データベースとして開けません(${(e as Error).message})。ファイルが壊れているか、別の種類のファイルです。`);
  }
  try {
    if (!isNew) assertPlanDbShape(db, path, SCHEMA_VERSION);
    applyPragmas(db);
    if (!db.readonly) {
      // An earlier version's DB is kept as it was before it is migrated.
      if (!isNew && schemaVersionOf(db) < SCHEMA_VERSION) backupBeforeMigration(db, path, SCHEMA_VERSION);
      migrate(db);
    }
    else if (schemaVersionOf(db) > SCHEMA_VERSION) migrate(db); // throws DB_NEWER
    const hasPlan = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'plan'").get() as { n: number }).n > 0
      && (db.prepare('SELECT count(*) AS n FROM plan').get() as { n: number }).n > 0;
    if (!hasPlan && !db.readonly) {
      const doc = (opts.seed ?? loadPublishedSeed)();
      createPlanFromDocument(db, doc, { current: true });
    }
    return db;
  } catch (e) {
    db.close();
    throw describeStoreFault(e, path) ?? e;
  }
}

/** The published 2025年度改定版, as transcribed in seeds/ (validated when it is written into the DB). */
export function loadPublishedSeed(): PlanDocument {
  // PLAN_DESK_SEED lets tests and the benchmark start a DB from another document.
  const path = process.env.PLAN_DESK_SEED ?? appFile('seeds', 'plan-2025.json');
  return JSON.parse(readFileSync(path, 'utf8')) as PlanDocument;
}
