// The audit trail read back (履歴), and undo/redo through it: taking a batch back is itself a batch
// (undo_of = the batch taken back; the original gets undone_by). Redo takes an undo back.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { applyChanges, cloneState, type FieldChange } from '../../shared/editing/plan-state.ts';
import { findConflicts, reverseEntries, unknownFields, type ReversalConflict } from '../../shared/editing/state-diff.ts';
import { fieldLabel, formatValue } from '../../shared/editing/field-labels.ts';
import type { BatchKind, HistoryBatch, HistoryPage } from '../../shared/editing/api-types.ts';
import type { AuditSource } from './audit.ts';
import { assertDbWritable, assertWritable } from './edit-guard.ts';
import { currentPlanId } from './plan-read.ts';
import { commitState, readPlanState } from './plan-state-store.ts';
import { surveyApplyOfBatch, surveyApplyRefusal } from './survey-apply-link.ts';

interface BatchRow { id: number; plan_id: number | null; at: string; who: string; source: string; summary: string; undone_by: number | null; undo_of: number | null }
interface EntryRow { batch_id: number; entity: string; entity_id: string; field: string; old_json: string | null; new_json: string | null }

/** Values larger than this (a whole document) are listed as a size, not sent to the screen. */
const MAX_VALUE_CHARS = 20_000;

const parse = (j: string | null): unknown => (j === null ? null : JSON.parse(j));
const shown = (j: string | null): unknown => (j !== null && j.length > MAX_VALUE_CHARS ? `(大きな値のため省略: ${j.length.toLocaleString('ja-JP')}文字)` : parse(j));

function batchRow(db: Database, id: number): BatchRow | undefined {
  return db.prepare('SELECT * FROM change_batch WHERE id = ?').get(id) as BatchRow | undefined;
}

/** change (a forward edit), undo (takes one back) or redo (takes an undo back): by the parity of the undo_of chain. */
function kindOf(db: Database, b: BatchRow): BatchKind {
  let depth = 0;
  let cur: BatchRow | undefined = b;
  while (cur?.undo_of != null) {
    depth++;
    cur = batchRow(db, cur.undo_of);
  }
  return depth === 0 ? 'change' : depth % 2 === 1 ? 'undo' : 'redo';
}

function entriesOf(db: Database, batchId: number): FieldChange[] {
  return (db.prepare('SELECT * FROM change_entry WHERE batch_id = ? ORDER BY id').all(batchId) as EntryRow[])
    .map((e) => ({ entity: e.entity, entityId: e.entity_id, field: e.field, oldValue: parse(e.old_json), newValue: parse(e.new_json) }));
}

/**
 * The latest forward batch not taken back: what Ctrl+Z undoes. Batches of other features' own data
 * (照会 rounds, returns, decisions) are passed over: they have their own screens, and leave the plan as is.
 */
function undoCandidate(db: Database, planId: number): BatchRow | undefined {
  const rows = db.prepare('SELECT * FROM change_batch WHERE plan_id = ? AND undone_by IS NULL ORDER BY id DESC LIMIT 200').all(planId) as BatchRow[];
  const fields = db.prepare('SELECT entity, entity_id AS entityId, field, NULL AS oldValue, NULL AS newValue FROM change_entry WHERE batch_id = ?');
  return rows.find((r) => kindOf(db, r) !== 'undo' && unknownFields(fields.all(r.id) as FieldChange[]).length === 0);
}

/** The latest undo not taken back, unless a new edit came after it: what Ctrl+Y redoes. */
function redoCandidate(db: Database, planId: number): BatchRow | undefined {
  const rows = db.prepare('SELECT * FROM change_batch WHERE plan_id = ? ORDER BY id DESC LIMIT 200').all(planId) as BatchRow[];
  for (const r of rows) {
    const k = kindOf(db, r);
    if (k === 'change') return undefined;
    if (k === 'undo' && r.undone_by === null) return r;
  }
  return undefined;
}

export function listHistory(db: Database, opts: { initiativeId?: string | undefined; limit?: number | undefined; beforeId?: number | undefined } = {}): HistoryPage {
  const planId = currentPlanId(db);
  const limit = Math.min(opts.limit ?? 100, 500);
  const before = opts.beforeId ?? Number.MAX_SAFE_INTEGER;
  const rows = (opts.initiativeId
    ? db.prepare(`SELECT * FROM change_batch b WHERE plan_id = ? AND id < ? AND EXISTS (SELECT 1 FROM change_entry e
        WHERE e.batch_id = b.id AND e.entity = 'initiative' AND e.entity_id = ?) ORDER BY id DESC LIMIT ?`).all(planId, before, opts.initiativeId, limit)
    : db.prepare('SELECT * FROM change_batch WHERE plan_id = ? AND id < ? ORDER BY id DESC LIMIT ?').all(planId, before, limit)) as BatchRow[];
  const names = new Map((db.prepare('SELECT id, no, title, deleted_at FROM initiative WHERE plan_id = ?').all(planId) as { id: string; no: number; title: string; deleted_at: string | null }[])
    .map((r) => [r.id, `No.${r.no}「${r.title}」${r.deleted_at ? '(削除済み)' : ''}`]));
  const entryRows = db.prepare('SELECT * FROM change_entry WHERE batch_id = ? ORDER BY id');
  const batches = rows.map((b): HistoryBatch => {
    const raw = (entryRows.all(b.id) as EntryRow[]).filter((e) => !opts.initiativeId || (e.entity === 'initiative' && e.entity_id === opts.initiativeId));
    const entries = raw.map((e) => ({
      entity: e.entity, entityId: e.entity_id, field: e.field, fieldLabel: fieldLabel(e.entity, e.field),
      target: e.entity === 'initiative' ? (names.get(e.entity_id) ?? `取組(ID ${e.entity_id})`) : e.entity === 'plan' ? '計画' : `${e.entity} ${e.entity_id}`,
      oldValue: shown(e.old_json), newValue: shown(e.new_json),
    }));
    const reversible = unknownFields(raw.map((e) => ({ entity: e.entity, entityId: e.entity_id, field: e.field, oldValue: null, newValue: null }))).length === 0
      && !surveyApplyOfBatch(db, b.id); // 庁内照会 applies are undone from 反映履歴 (survey-apply-link.ts)
    return { id: b.id, at: b.at, who: b.who, source: b.source, summary: b.summary, kind: kindOf(db, b), undoOf: b.undo_of, undoneBy: b.undone_by, reversible, entries };
  });
  const u = undoCandidate(db, planId);
  const r = redoCandidate(db, planId);
  return {
    batches,
    undo: u ? { batchId: u.id, summary: u.summary } : null,
    redo: r ? { batchId: r.id, summary: r.summary.replace(/^元に戻す: /, '') } : null,
  };
}

function describeConflicts(db: Database, conflicts: ReversalConflict[]): string {
  const title = db.prepare('SELECT no, title FROM initiative WHERE id = ?');
  return conflicts.slice(0, 8).map((c) => {
    const it = c.entity === 'initiative' ? (title.get(c.entityId) as { no: number; title: string } | undefined) : undefined;
    const where = c.entity === 'plan' ? '計画' : it ? `No.${it.no}「${it.title}」` : `取組(ID ${c.entityId})`;
    return `・${where}の${fieldLabel(c.entity, c.field)}(今の値: ${formatValue(c.field, c.current, 60)})`;
  }).join('\n') + (conflicts.length > 8 ? `\n…ほか ${conflicts.length - 8} 件` : '');
}

/** Takes batch `b` back as a new batch; refuses when its fields were changed since. */
function revert(db: Database, src: AuditSource, b: BatchRow, summary: string): { batchId: number; summary: string } {
  const planId = currentPlanId(db);
  if (b.plan_id !== planId) throw new AppError('CONFLICT', 'この変更は別の計画(計画期間)のものなので、ここでは元に戻せません。');
  const apply = surveyApplyOfBatch(db, b.id);
  if (apply) throw new AppError('CONFLICT', surveyApplyRefusal(b.summary, apply));
  assertWritable(db, planId);
  const entries = entriesOf(db, b.id);
  const unknown = unknownFields(entries);
  if (unknown.length > 0) throw new AppError('CONFLICT', `この変更(${b.summary})は、この画面からは元に戻せない種類の変更を含んでいます(${unknown.join('、')})。`);
  const targets = reverseEntries(entries);
  const before = readPlanState(db, planId);
  const conflicts = findConflicts(before, targets);
  if (conflicts.length > 0) {
    throw new AppError('CONFLICT', `「${b.summary}」の後に同じ項目が変更されているため、元に戻せません。次の項目を確認してください:\n${describeConflicts(db, conflicts)}`,
      { details: { conflicts } });
  }
  const after = cloneState(before);
  applyChanges(after, targets);
  const r = commitState(db, planId, before, after, src, summary, { undoOf: b.id });
  if (r.batchId === null) throw new AppError('CONFLICT', `「${b.summary}」は既に元の状態と同じです。変更していません。`);
  db.prepare('UPDATE change_batch SET undone_by = ? WHERE id = ?').run(r.batchId, b.id);
  return { batchId: r.batchId, summary };
}

export function undo(db: Database, src: AuditSource, batchId?: number): { batchId: number; summary: string } {
  assertDbWritable(db); // 閲覧のみ first: "nothing to undo" would not be the reason
  return db.transaction(() => {
    const planId = currentPlanId(db);
    const b = batchId === undefined ? undoCandidate(db, planId) : batchRow(db, batchId);
    if (!b) throw new AppError('NOT_FOUND', batchId === undefined ? '元に戻せる変更はありません。' : `変更(番号 ${batchId})が見つかりません。`);
    if (b.undone_by !== null) throw new AppError('CONFLICT', `「${b.summary}」は既に元に戻されています。`);
    if (kindOf(db, b) === 'undo') throw new AppError('CONFLICT', `「${b.summary}」は「元に戻す」操作です。取り消すには「やり直す」を使ってください。`);
    return revert(db, src, b, `元に戻す: ${b.summary.replace(/^やり直し: /, '')}`);
  }).immediate();
}

/** Redo: takes back the latest undo (or the undo of `batchId`, a change that was undone). */
export function redo(db: Database, src: AuditSource, batchId?: number): { batchId: number; summary: string } {
  assertDbWritable(db);
  return db.transaction(() => {
    const planId = currentPlanId(db);
    let u: BatchRow | undefined;
    if (batchId === undefined) u = redoCandidate(db, planId);
    else {
      const b = batchRow(db, batchId);
      if (!b) throw new AppError('NOT_FOUND', `変更(番号 ${batchId})が見つかりません。`);
      u = kindOf(db, b) === 'undo' ? b : b.undone_by !== null ? batchRow(db, b.undone_by) : undefined;
      if (!u) throw new AppError('CONFLICT', `「${b.summary}」は元に戻されていないので、やり直すものがありません。`);
    }
    if (!u) throw new AppError('NOT_FOUND', 'やり直せる変更はありません。');
    if (u.undone_by !== null) throw new AppError('CONFLICT', `「${u.summary}」は既にやり直されています。`);
    return revert(db, src, u, `やり直し: ${u.summary.replace(/^元に戻す: /, '')}`);
  }).immediate();
}
