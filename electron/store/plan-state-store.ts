// The generic write path: read the plan's whole editable state, let the caller compute the next
// state (pure, in shared/editing), validate it as a document, write only the differences and
// record them as one audit batch. Renumbering, deleting, 課 renames, undo and redo all go this way.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { PlanDocument } from '../../shared/domain/document.ts';
import { Initiative } from '../../shared/domain/schema.ts';
import { describePlanIssues, planIssues } from '../../shared/editing/describe-issues.ts';
import { HEADER_FIELDS, documentOfState, stateFromDocument, type FieldChange, type PlanState } from '../../shared/editing/plan-state.ts';
import { diffStates } from '../../shared/editing/state-diff.ts';
import { sameValue } from '../../shared/editing/same-value.ts';
import { settleMarks } from '../../shared/domain/review-marks.ts';
import { recordBatch, type AuditSource } from './audit.ts';
import { bumpPlanVersion } from './edit-guard.ts';
import { readInitiatives, readPlanDocument } from './plan-read.ts';
import { ensureDepartments, updatePlanHeader, writeInitiative } from './plan-write.ts';
import { initiativePatcher } from './initiative-patch.ts';

export function readPlanState(db: Database, planId: number): PlanState {
  const deleted = readInitiatives(db, planId, { deleted: true }).map(({ version: _v, ...it }) => it);
  return stateFromDocument(readPlanDocument(db, planId), deleted);
}

/** Refuses a state that is not a valid plan, naming initiatives by No. and title. */
export function validateState(s: PlanState): void {
  const doc = documentOfState(s);
  const r = PlanDocument.safeParse(doc);
  if (!r.success) {
    throw new AppError('BAD_INPUT', `この変更を行うと計画が正しくない状態になるため、保存していません:\n${describePlanIssues(doc, r.error)}`, {
      issues: planIssues(doc, r.error),
    });
  }
  const master = new Set(s.departments);
  for (const x of s.initiatives.values()) {
    if (!x.deleted) continue;
    const ok = Initiative.safeParse(x.item);
    const missing = x.item.departments.filter((d) => !master.has(d));
    if (!ok.success || missing.length > 0) {
      throw new AppError('CONFLICT', `削除済みの取組「${x.item.title}」が${missing.length ? `課「${missing.join('、')}」を使っている` : '正しくない'}ため、この変更は保存していません。`);
    }
  }
}

/** Writes what differs between `before` (as read) and `after` (validated). */
function writeDiff(db: Database, planId: number, before: PlanState, after: PlanState): void {
  const headerChanged = HEADER_FIELDS.some((f) => !sameValue(before.plan[f], after.plan[f]));
  const listsChanged = !sameValue(before.policies, after.policies) || !sameValue(before.departments, after.departments);
  if (headerChanged) updatePlanHeader(db, planId, after.plan);
  else if (listsChanged) bumpPlanVersion(db, planId);

  const upsertPolicy = db.prepare(`INSERT INTO policy (plan_id, code, name, pos) VALUES (?, ?, ?, ?)
    ON CONFLICT (plan_id, code) DO UPDATE SET name = excluded.name, pos = excluded.pos`);
  after.policies.forEach((p, i) => upsertPolicy.run(planId, p.code, p.name, i));

  const used = [...after.initiatives.values()].flatMap((x) => x.item.departments);
  const deptIds = ensureDepartments(db, planId, [...after.departments, ...used]);
  const setPos = db.prepare('UPDATE department SET pos = ? WHERE id = ?');
  after.departments.forEach((name, i) => setPos.run(i, deptIds.get(name)!));

  const changed: string[] = [];
  for (const [id, x] of after.initiatives) {
    const was = before.initiatives.get(id);
    if (!was || was.deleted !== x.deleted || !sameValue(was.item, x.item)) changed.push(id);
  }
  // Swapped numbers would collide with the unique (plan, No.) index mid-way: park them first.
  const park = db.prepare('UPDATE initiative SET no = -rowid WHERE id = ?');
  for (const id of changed) if (before.initiatives.has(id)) park.run(id);
  const hardDelete = db.prepare('DELETE FROM initiative WHERE id = ?');
  for (const id of before.initiatives.keys()) if (!after.initiatives.has(id)) hardDelete.run(id);

  const now = new Date().toISOString();
  const deletedAt = db.prepare('SELECT deleted_at FROM initiative WHERE id = ?').pluck();
  const patch = initiativePatcher(db, deptIds);
  // A new deleted one is written under a parked No., then marked deleted together with its No.,
  // so that it never meets the unique index of live numbers.
  const settle = db.prepare('UPDATE initiative SET no = ?, deleted_at = ? WHERE id = ?');
  for (const id of changed) {
    const x = after.initiatives.get(id)!;
    const was = before.initiatives.get(id);
    if (was) {
      const since = x.deleted ? ((was.deleted ? deletedAt.get(id) as string | null : null) ?? now) : null;
      patch(was.item, x.item, since);
    } else if (!x.deleted) {
      writeInitiative(db, planId, x.item, deptIds);
    } else {
      writeInitiative(db, planId, { ...x.item, no: -1_000_000_000_000 }, deptIds);
      settle.run(x.item.no, now, id);
    }
  }

  const keepCodes = JSON.stringify(after.policies.map((p) => p.code));
  db.prepare('DELETE FROM policy WHERE plan_id = ? AND code NOT IN (SELECT value FROM json_each(?))').run(planId, keepCodes);
  const keepNames = JSON.stringify(after.departments);
  db.prepare(`DELETE FROM department WHERE plan_id = ? AND name NOT IN (SELECT value FROM json_each(?))
    AND id NOT IN (SELECT department_id FROM initiative_department)`).run(planId, keepNames);
}

export interface Committed { batchId: number | null; changes: FieldChange[] }

/**
 * Validates `after`, writes it and records one batch (nothing when nothing changed). Call inside
 * the caller's immediate transaction, after its guards.
 */
export function commitState(db: Database, planId: number, before: PlanState, after: PlanState, src: AuditSource, summary: string,
  extra: { undoOf?: number } = {}): Committed {
  // A mark whose text changed goes with the change (and shows in the same batch).
  for (const x of after.initiatives.values()) x.item = settleMarks(x.item);
  const changes = diffStates(planId, before, after);
  if (changes.length === 0) return { batchId: null, changes };
  validateState(after);
  writeDiff(db, planId, before, after);
  return { batchId: recordBatch(db, planId, src, summary, changes, extra), changes };
}
