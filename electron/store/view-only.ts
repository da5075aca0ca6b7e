// A DB opened for viewing only (better-sqlite3 `readonly: true`): another terminal holds it, or
// its file or folder cannot be written. Why is kept per connection, for the banner and the refusals.
import type { Database } from 'better-sqlite3';

export interface ViewOnly {
  /** Plain words for the banner, e.g. 「アプリ」(端末「PC-01」、2025/6/12 9:00:00 から)が編集中. */
  reason: string;
  /** Who holds the DB, when another program does. */
  holder: { holder: string; host: string; since: string; pid: number } | null;
}

const viewOnly = new WeakMap<Database, ViewOnly>();

export function markViewOnly(db: Database, v: ViewOnly): void {
  viewOnly.set(db, v);
}

/** Why `db` is view-only, or null when it may be written. A readonly connection without a mark is view-only too. */
export function viewOnlyOf(db: Database): ViewOnly | null {
  return viewOnly.get(db) ?? (db.readonly ? { reason: '読み取り専用で開いています', holder: null } : null);
}

export const viewOnlyMessage = (v: ViewOnly) =>
  `閲覧のみで開いています(${v.reason})。変更は保存していません。` +
  (v.holder ? '編集している端末がアプリを閉じた後に「再読み込み」を押すと、編集できるようになります。' : '');
