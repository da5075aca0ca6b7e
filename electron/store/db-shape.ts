// What makes a file a plan DB: a user_version this app knows and every table its migrations made.
// Another program's SQLite file (even one with a table named plan) lacks most of them.
import { statSync } from 'node:fs';
import Database, { type Database as Db } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { MIGRATIONS } from './schema-sql.ts';

const tablesAt = new Map<number, string[]>();

/** The tables migrations 1..version create, worked out once on an in-memory DB. */
export function expectedTables(version: number): string[] {
  const cached = tablesAt.get(version);
  if (cached) return cached;
  const mem = new Database(':memory:');
  try {
    for (const sql of MIGRATIONS.slice(0, version)) mem.exec(sql);
    const names = (mem.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    tablesAt.set(version, names);
    return names;
  } finally {
    mem.close();
  }
}

const notPlanDb = (path: string, what: string) => new AppError('DB_INVALID',
  `「${path}」は${what}で、アクションプラン・デスクのデータベースではありません。ファイルは変更していません。` +
  `\n計画のファイルであったはずなら、バックアップから復元してください。新しい計画を作り直す場合は plan-desk init --db "${path}" --force を実行してください(このファイルは上書きされます)。`);

/** A zero-length file: SQLite would take it for an empty DB and the seed would overwrite it. */
export function assertNotEmptyFile(path: string): void {
  if (statSync(path).size === 0) throw notPlanDb(path, '空のファイル(0 バイト。コピーや同期の途中で中身が失われた可能性があります)');
}

/**
 * Refuses a SQLite file that is not a plan DB. A version above ours passes here: migrate()
 * refuses it with its own message (a newer app's DB).
 */
export function assertPlanDbShape(db: Db, path: string, knownVersion: number): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
  if (version === 0) {
    throw notPlanDb(path, tables.size === 0 ? '中身のない SQLite データベース' : `別のプログラムの SQLite データベース(表: ${[...tables].slice(0, 5).join('、')})`);
  }
  const missing = expectedTables(Math.min(version, knownVersion)).filter((t) => !tables.has(t));
  if (missing.length > 0) {
    throw notPlanDb(path, `別のプログラムの SQLite データベース(形式 ${version} の計画に必要な表 ${missing.slice(0, 5).join('、')} がありません)`);
  }
}
