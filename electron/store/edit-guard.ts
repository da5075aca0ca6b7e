// Guards every editing write runs first: the plan must be writable, and the caller's version current.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { readPlanRow } from './plan-read.ts';

export function assertWritable(db: Database, planId: number): void {
  if (readPlanRow(db, planId).read_only === 1) {
    throw new AppError('READ_ONLY', 'この計画は読み取り専用です(確定済みの改定版または終了した計画期間)。変更は保存していません。');
  }
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
