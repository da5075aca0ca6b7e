// The one check every editing handler makes before writing: an ended plan period is read-only.
// (Triggers in migration 3 back this up; this gives the Japanese message and the READ_ONLY code.)
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { readPlanRow } from './plan-read.ts';

export const READ_ONLY_PLAN_MESSAGE = 'この計画は読み取り専用です(終了した計画期間)。現在の計画期間の計画を編集してください。';

export function assertPlanWritable(db: Database, planId: number): void {
  if (readPlanRow(db, planId).read_only === 1) throw new AppError('READ_ONLY', READ_ONLY_PLAN_MESSAGE);
}
