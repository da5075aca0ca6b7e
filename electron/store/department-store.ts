// The 課 master: reorder/add/remove as a list, and 組織改正 (rename, merge) that updates every
// initiative naming the 課 — live and deleted — in one transaction and one audit batch.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { mergeDepartments as mergeInDoc, renameDepartment as renameInDoc } from '../../shared/editing/departments.ts';
import { FORMAT } from '../../shared/domain/schema.ts';
import { cloneState, type PlanState } from '../../shared/editing/plan-state.ts';
import type { AuditSource } from './audit.ts';
import { assertPlanVersion, assertWritable } from './edit-guard.ts';
import { currentPlanId, readDepartments, readPlanRow } from './plan-read.ts';
import { writeDepartmentInfo } from './department-info.ts';
import { commitState, readPlanState } from './plan-state-store.ts';

function inPlan(db: Database, summary: string, src: AuditSource, edit: (s: PlanState) => void, version?: number) {
  return db.transaction(() => {
    const planId = currentPlanId(db);
    assertWritable(db, planId);
    if (version !== undefined) assertPlanVersion(db, planId, version);
    const before = readPlanState(db, planId);
    const after = cloneState(before);
    edit(after);
    const r = commitState(db, planId, before, after, src, summary);
    const changed = new Set(r.changes.filter((c) => c.entity === 'initiative').map((c) => c.entityId)).size;
    return { batchId: r.batchId, initiativesChanged: changed, version: readPlanRow(db, planId).version };
  }).immediate();
}

/** Applies a document-level 課 edit to live and deleted initiatives alike. */
function applyToState(s: PlanState, f: (doc: Parameters<typeof renameInDoc>[0]) => ReturnType<typeof renameInDoc>): void {
  const all = [...s.initiatives.values()].map((x) => x.item);
  let r: ReturnType<typeof renameInDoc>;
  try {
    r = f({ format: FORMAT, plan: s.plan, policies: s.policies, departments: s.departments.map((name) => ({ name })), initiatives: all });
  } catch (e) {
    if (e instanceof RangeError) throw new AppError('CONFLICT', `${e.message}変更していません。`);
    throw e;
  }
  s.departments = r.doc.departments.map((d) => d.name);
  for (const it of r.doc.initiatives) s.initiatives.get(it.id)!.item = it;
}

/** Saves the master as a list (order, additions, removals). A 課 still named by an initiative cannot be removed. */
export function saveDepartments(db: Database, src: AuditSource, version: number, names: string[]) {
  const trimmed = names.map((n) => n.trim());
  return inPlan(db, '課の一覧を変更', src, (s) => {
    const keep = new Set(trimmed);
    const used = [...s.initiatives.values()].filter((x) => x.item.departments.some((d) => !keep.has(d)));
    if (used.length > 0) {
      const names = [...new Set(used.flatMap((x) => x.item.departments.filter((d) => !keep.has(d))))];
      const who = used.slice(0, 3).map((x) => `No.${x.item.no}「${x.item.title}」${x.deleted ? '(削除済み)' : ''}`).join('、');
      throw new AppError('CONFLICT', `課「${names.join('、')}」は ${who}${used.length > 3 ? ` ほか${used.length - 3}件` : ''} で使われているため、一覧から外せません。先に「名称変更」か「統合」を使ってください。変更していません。`);
    }
    s.departments = trimmed;
  }, version);
}

/** The new name carries the group flag and contact of the old one(s), unless it already has its own. */
function keepingInfo<T>(db: Database, from: readonly string[], to: string, edit: () => T): T {
  return db.transaction(() => {
    const planId = currentPlanId(db);
    const had = new Set(readDepartments(db, planId).map((d) => d.name));
    const info = readDepartments(db, planId).find((d) => from.includes(d.name));
    const r = edit();
    if (info && !had.has(to.trim())) writeDepartmentInfo(db, planId, [{ ...info, name: to.trim() }]);
    return r;
  })();
}

export function renameDepartment(db: Database, src: AuditSource, from: string, to: string) {
  return keepingInfo(db, [from], to, () => inPlan(db, `課の名称変更「${from}」→「${to.trim()}」`, src, (s) => applyToState(s, (doc) => renameInDoc(doc, from, to))));
}

export function mergeDepartments(db: Database, src: AuditSource, sources: string[], target: string) {
  return keepingInfo(db, sources, target, () => inPlan(db, `課の統合「${sources.join('、')}」→「${target.trim()}」`, src, (s) => applyToState(s, (doc) => mergeInDoc(doc, sources, target))));
}
