// A hot journal (`plan.db-journal` left by a writer killed mid-commit) must be rolled back before
// anyone reads: SQLite does it on the first read of a connection that may write. A read-only
// connection cannot, and would fail with "attempt to write a readonly database" on a healthy DB.
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { acquireDbLock, type LockHolder } from './db-lock.ts';

export const journalPathOf = (dbPath: string) => `${dbPath}-journal`;

function hasJournal(dbPath: string): boolean {
  try {
    return existsSync(journalPathOf(dbPath)) && statSync(journalPathOf(dbPath)).size > 0;
  } catch {
    return false;
  }
}

/**
 * Rolls back a hot journal the way the app's start does: read-write, under the DB's lock.
 * Returns true when one was rolled back. When another program holds the lock, it is that
 * program's journal (a write under way, or its own start rolls it back): nothing is done here.
 */
export function recoverHotJournal(dbPath: string, holder: LockHolder = 'CLI'): boolean {
  if (dbPath === ':memory:' || !hasJournal(dbPath)) return false;
  let lock;
  try {
    lock = acquireDbLock(dbPath, holder);
  } catch (e) {
    if (e instanceof AppError) return false;
    throw e;
  }
  try {
    const db = new Database(dbPath, { fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get(); // the first read rolls the journal back
    } finally {
      db.close();
    }
    return !hasJournal(dbPath);
  } catch {
    return false; // the open that follows reports what is wrong, in its own words
  } finally {
    lock.release();
  }
}
