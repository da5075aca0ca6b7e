// Editing initiatives: save one (optimistic concurrency), create, delete/restore (soft), renumber
// and move. Every write checks the plan is writable and records an audit batch.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import type { Initiative } from '../../shared/domain/schema.ts';
import { INITIATIVE_FIELDS, cloneState } from '../../shared/editing/plan-state.ts';
import { validateInitiativeForPlan } from '../../shared/editing/validate.ts';
import { moveChanges, moveToChanges, nextNo, renumberChanges } from '../../shared/editing/numbering.ts';
import { newInitiativeId } from '../../shared/editing/blank.ts';
import { recordBatch, type AuditEntry, type AuditSource } from './audit.ts';
import { sameValue } from '../../shared/editing/same-value.ts';
import { settleMarks } from '../../shared/domain/review-marks.ts';
import { assertWritable } from './edit-guard.ts';
import { currentPlanId, readDepartments, readInitiative, readInitiatives, readPlanHeader, readPolicies, type StoredInitiative } from './plan-read.ts';
import { ensureDepartments, writeInitiative } from './plan-write.ts';
import { commitState, readPlanState } from './plan-state-store.ts';

const label = (it: { no: number; title: string }) => `No.${it.no}「${it.title.length > 30 ? `${it.title.slice(0, 30)}…` : it.title}」`;

interface InitiativeRef { plan_id: number; version: number; deleted_at: string | null }

/** Field-level entries (null before = a new initiative); values compared regardless of key order. */
function fieldEntries(id: string, before: Initiative | null, after: Initiative): AuditEntry[] {
  return INITIATIVE_FIELDS.filter((f) => !before || !sameValue(before[f], after[f]))
    .map((f) => ({ entity: 'initiative', entityId: id, field: f, oldValue: before ? before[f] : null, newValue: after[f] }));
}

function refOf(db: Database, id: string): InitiativeRef | undefined {
  return db.prepare('SELECT plan_id, version, deleted_at FROM initiative WHERE id = ?').get(id) as InitiativeRef | undefined;
}

/** Validates `draft` against the plan (period, 方針, lanes, duplicate No.) or throws BAD_INPUT with field issues. */
function validated(db: Database, planId: number, draft: Initiative): Initiative {
  const others = db.prepare('SELECT id, no, title FROM initiative WHERE plan_id = ? AND deleted_at IS NULL').all(planId) as { id: string; no: number; title: string }[];
  const v = validateInitiativeForPlan(draft, {
    plan: readPlanHeader(db, planId), policies: readPolicies(db, planId), departments: readDepartments(db, planId), others,
  });
  if (!v.ok) {
    throw new AppError('BAD_INPUT', `保存できません。次の項目を直してください:\n${v.issues.map((i) => `・${i.path}: ${i.message}`).join('\n')}`, { issues: v.issues });
  }
  return v.value;
}

/** New 課 named by an initiative join the master (at the end); returns the audit entry for that. */
function addNewDepartments(db: Database, planId: number, names: readonly string[]): { ids: Map<string, number>; entries: AuditEntry[] } {
  const before = readDepartments(db, planId).map((d) => d.name);
  const ids = ensureDepartments(db, planId, names);
  const after = readDepartments(db, planId).map((d) => d.name);
  const entries = after.length === before.length ? [] : [{ entity: 'plan', entityId: String(planId), field: 'departments', oldValue: before, newValue: after }];
  return { ids, entries };
}

export function saveInitiative(db: Database, src: AuditSource, id: string, version: number, draft: Initiative): { version: number; batchId: number | null } {
  return db.transaction(() => {
    const ref = refOf(db, id);
    if (!ref || ref.deleted_at !== null) throw new AppError('NOT_FOUND', `取組(ID ${id})が見つかりません。削除されたか、別の計画の取組です。`);
    assertWritable(db, ref.plan_id);
    if (ref.version !== version) {
      const current = readInitiative(db, id);
      throw new AppError('STALE_VERSION',
        `${label(current)}は、編集を始めた後に別の画面または取り込みで変更されています(あなたの版 ${version}、保存済みの版 ${ref.version})。` +
        '保存済みの内容と見比べてから、もう一度保存してください。変更は保存していません。', { details: { current } });
    }
    const before = readInitiative(db, id);
    // Marks change only by 確認済みにする or by their text changing, never by what the draft carries.
    const it = settleMarks({ ...validated(db, ref.plan_id, { ...draft, id }), reviewMarks: before.reviewMarks });
    const entries = fieldEntries(id, before, it);
    if (entries.length === 0) return { version: before.version, batchId: null };
    const depts = addNewDepartments(db, ref.plan_id, it.departments);
    writeInitiative(db, ref.plan_id, it, depts.ids);
    const batchId = recordBatch(db, ref.plan_id, src, `${label(it)}を編集`, [...depts.entries, ...entries]);
    return { version: refOf(db, id)!.version, batchId };
  }).immediate();
}

export function createInitiative(db: Database, src: AuditSource, draft: Omit<Initiative, 'id'> & { id?: string | undefined }): StoredInitiative {
  return db.transaction(() => {
    const planId = currentPlanId(db);
    assertWritable(db, planId);
    const id = draft.id ?? newInitiativeId();
    if (refOf(db, id)) throw new AppError('CONFLICT', `ID「${id}」は既に使われています。別の ID にしてください。`);
    const it = settleMarks(validated(db, planId, { ...draft, id }));
    const depts = addNewDepartments(db, planId, it.departments);
    writeInitiative(db, planId, it, depts.ids);
    recordBatch(db, planId, src, `${label(it)}を追加`, [
      ...depts.entries,
      { entity: 'initiative', entityId: id, field: 'state', oldValue: 'none', newValue: 'live' },
      ...fieldEntries(id, null, it),
    ]);
    return readInitiative(db, id);
  }).immediate();
}

/** Soft delete: the initiative leaves the plan and waits in 削除した取組 (restorable, undoable). */
export function deleteInitiative(db: Database, src: AuditSource, id: string, version?: number): { batchId: number | null } {
  return db.transaction(() => {
    const ref = refOf(db, id);
    if (!ref || ref.deleted_at !== null) throw new AppError('NOT_FOUND', `取組(ID ${id})が見つかりません。既に削除されている可能性があります。`);
    assertWritable(db, ref.plan_id);
    if (version !== undefined && ref.version !== version) {
      throw new AppError('STALE_VERSION', 'この取組は別の画面または取り込みで変更されています。最新の内容を確認してから削除してください。削除していません。', { details: { current: readInitiative(db, id) } });
    }
    const before = readPlanState(db, ref.plan_id);
    const after = cloneState(before);
    after.initiatives.get(id)!.deleted = true;
    return { batchId: commitState(db, ref.plan_id, before, after, src, `${label(before.initiatives.get(id)!.item)}を削除`).batchId };
  }).immediate();
}

/** Brings a deleted initiative back; when its No. is taken meanwhile, it gets the next free one. */
export function restoreInitiative(db: Database, src: AuditSource, id: string): { no: number; renumbered: boolean } {
  return db.transaction(() => {
    const ref = refOf(db, id);
    if (!ref || ref.deleted_at === null) throw new AppError('NOT_FOUND', `削除した取組(ID ${id})が見つかりません。`);
    assertWritable(db, ref.plan_id);
    const before = readPlanState(db, ref.plan_id);
    const after = cloneState(before);
    const x = after.initiatives.get(id)!;
    const live = [...after.initiatives.values()].filter((y) => !y.deleted).map((y) => y.item);
    const taken = live.some((y) => y.no === x.item.no);
    x.deleted = false;
    if (taken) x.item = { ...x.item, no: nextNo(live) };
    commitState(db, ref.plan_id, before, after, src, `${label(x.item)}を復元`);
    return { no: x.item.no, renumbered: taken };
  }).immediate();
}

export function listDeletedInitiatives(db: Database): (StoredInitiative & { deletedAt: string })[] {
  const planId = currentPlanId(db);
  const at = new Map((db.prepare('SELECT id, deleted_at FROM initiative WHERE plan_id = ? AND deleted_at IS NOT NULL').all(planId) as { id: string; deleted_at: string }[]).map((r) => [r.id, r.deleted_at]));
  return readInitiatives(db, planId, { deleted: true })
    .map((it) => ({ ...it, deletedAt: at.get(it.id) ?? '' }))
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/** `summary` may name the moved initiative: it is given the changes and the items as they were. */
function applyNoChanges(db: Database, src: AuditSource, summary: string | ((changes: { id: string; to: number }[], items: Initiative[]) => string),
  pick: (items: Initiative[]) => { id: string; to: number }[]): { changed: number; batchId: number | null } {
  return db.transaction(() => {
    const planId = currentPlanId(db);
    assertWritable(db, planId);
    const before = readPlanState(db, planId);
    const after = cloneState(before);
    const live = [...after.initiatives.values()].filter((x) => !x.deleted).map((x) => x.item);
    const changes = pick(live);
    for (const c of changes) {
      const x = after.initiatives.get(c.id)!;
      x.item = { ...x.item, no: c.to };
    }
    const text = typeof summary === 'string' ? summary : summary(changes, live);
    return { changed: changes.length, batchId: commitState(db, planId, before, after, src, text).batchId };
  }).immediate();
}

/** 「番号を振り直す」: 1..n in document order (重点取組事項 first). */
export function renumberInitiatives(db: Database, src: AuditSource) {
  return applyNoChanges(db, src, '番号を振り直し', (items) => renumberChanges(items));
}

/** Moves one initiative up or down within its group (swaps No. with the neighbour), or to a place in it. */
export function moveInitiative(db: Database, src: AuditSource, id: string, move: { delta?: -1 | 1; position?: number }) {
  const summary = (changes: { id: string; to: number }[], items: Initiative[]) => {
    const it = items.find((x) => x.id === id)!;
    const to = changes.find((c) => c.id === id)?.to ?? it.no;
    const group = it.priority ? '重点取組事項' : '取組事項';
    return move.position !== undefined ? `${label(it)}の順番を変更(${group}の${move.position}番目、No.${to}へ)`
      : `${label(it)}の順番を${move.delta! < 0 ? '前' : '後ろ'}へ移動(No.${to}へ)`;
  };
  return applyNoChanges(db, src, summary, (items) => {
    if (!items.some((it) => it.id === id)) throw new AppError('NOT_FOUND', `取組(ID ${id})が見つかりません。`);
    return move.position !== undefined ? moveToChanges(items, id, move.position) : moveChanges(items, id, move.delta!);
  });
}
