// Numbered schema migrations, tracked by PRAGMA user_version, all pending ones in one transaction.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { MIGRATIONS } from './schema-sql.ts';

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the DB to `target` (default: the newest). Refuses a DB written by a newer app. */
export function migrate(db: Database, target: number = SCHEMA_VERSION): { from: number; to: number } {
  const from = schemaVersionOf(db);
  if (from > SCHEMA_VERSION) {
    throw new AppError(
      'DB_NEWER',
      `このデータベースは新しい版のアクションプラン・デスクで作られています(形式 ${from}、この版は ${SCHEMA_VERSION} まで)。` +
        'アプリを最新版に更新してから開いてください。データは変更していません。',
    );
  }
  if (from >= target) return { from, to: from };
  db.transaction(() => {
    for (let v = from + 1; v <= target; v++) {
      db.exec(MIGRATIONS[v - 1]!);
      db.pragma(`user_version = ${v}`);
    }
  }).immediate();
  return { from, to: target };
}
