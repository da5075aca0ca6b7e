// The guards every write runs first: the DB must be open for writing (not view-only), the plan
// writable (not an ended plan period), and the caller's version current.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { readPlanRow } from './plan-read.ts';
import { viewOnlyMessage, viewOnlyOf } from './view-only.ts';

export const READ_ONLY_PLAN_MESSAGE = 'この計画は読み取り専用です(終了した計画期間)。変更は保存していません。現在の計画期間の計画を編集してください。';

/** Refuses every write on a DB opened for viewing only (another terminal holds it, or it cannot be written). */
export function assertDbWritable(db: Database): void {
  const v = viewOnlyOf(db);
  if (v) throw new AppError('READ_ONLY', viewOnlyMessage(v), { details: { viewOnly: true } });
}

/** The one check before writing a plan's content. (Triggers of migration 3 back the plan part up.) */
export function assertWritable(db: Database, planId: number): void {
  assertDbWritable(db);
  if (readPlanRow(db, planId).read_only === 1) throw new AppError('READ_ONLY', READ_ONLY_PLAN_MESSAGE);
}

/** Whether the screens may offer editing the plan at all (the same two conditions, as a flag to show). */
export function planEditable(db: Database, planId: number): boolean {
  return viewOnlyOf(db) === null && readPlanRow(db, planId).read_only !== 1;
}

/** The plan row's version must be the one the caller edited; otherwise someone saved in between. */
export function assertPlanVersion(db: Database, planId: number, version: number): void {
  const current = readPlanRow(db, planId).version;
  if (current !== version) {
    throw new AppError('STALE_VERSION',
      '計画の設定は、編集を始めた後に別の画面または取り込みで変更されています。最新の内容を読み込んでから、もう一度変更してください。変更は保存していません。',
      { details: { currentVersion: current } });
  }
}

export function bumpPlanVersion(db: Database, planId: number): void {
  db.prepare('UPDATE plan SET version = version + 1 WHERE id = ?').run(planId);
}
