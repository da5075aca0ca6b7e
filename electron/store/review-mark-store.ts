// 「確認済みにする」 and setting a 要確認 mark: the generic write path (one audit batch, undoable),
// guarded like every edit (writable plan, the version the screen showed).
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { cloneState } from '../../shared/editing/plan-state.ts';
import { markFieldLabel, markedText, withMark, withoutMark } from '../../shared/domain/review-marks.ts';
import type { Initiative } from '../../shared/domain/schema.ts';
import type { ReviewMarkResult } from '../../shared/editing/review-inputs.ts';
import type { AuditSource } from './audit.ts';
import { assertWritable } from './edit-guard.ts';
import { commitState, readPlanState } from './plan-state-store.ts';

interface Ref { plan_id: number; version: number; deleted_at: string | null }

function change(db: Database, src: AuditSource, id: string, version: number | undefined,
  next: (it: Initiative) => Initiative, summary: (it: Initiative) => string): ReviewMarkResult {
  return db.transaction(() => {
    const ref = db.prepare('SELECT plan_id, version, deleted_at FROM initiative WHERE id = ?').get(id) as Ref | undefined;
    if (!ref || ref.deleted_at !== null) throw new AppError('NOT_FOUND', `取組(ID ${id})が見つかりません。削除されたか、別の計画の取組です。`);
    assertWritable(db, ref.plan_id);
    if (version !== undefined && ref.version !== version) {
      throw new AppError('STALE_VERSION', 'この取組は別の画面または取り込みで変更されています。最新の内容を開き直してから操作してください。変更していません。');
    }
    const before = readPlanState(db, ref.plan_id);
    const after = cloneState(before);
    const x = after.initiatives.get(id)!;
    x.item = next(x.item);
    const { batchId } = commitState(db, ref.plan_id, before, after, src, summary(x.item));
    const now = db.prepare('SELECT version FROM initiative WHERE id = ?').pluck().get(id) as number;
    return { version: now, batchId };
  }).immediate();
}

const label = (it: Initiative) => `No.${it.no}「${it.title.length > 30 ? `${it.title.slice(0, 30)}…` : it.title}」`;

/** Removes the mark on `field` without touching its text. Nothing to do (no batch) when there is none. */
export function clearReviewMark(db: Database, src: AuditSource, id: string, field: string, version?: number): ReviewMarkResult {
  return change(db, src, id, version, (it) => withoutMark(it, field), (it) => `${label(it)}の${markFieldLabel(it, field)}を確認済みに`);
}

/** Marks `field` as needing a check, on its current text. */
export function setReviewMark(db: Database, src: AuditSource, id: string, field: string, reason: string, version?: number): ReviewMarkResult {
  return change(db, src, id, version, (it) => {
    if (markedText(it, field) === null) throw new AppError('BAD_INPUT', `${label(it)}には「${markFieldLabel(it, field)}」がないため、要確認にできません。`);
    return withMark(it, field, reason.trim());
  }, (it) => `${label(it)}の${markFieldLabel(it, field)}を要確認に`);
}
