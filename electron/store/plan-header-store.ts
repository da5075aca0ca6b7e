// The plan's own fields (title, edition, dates, 年号の表記, 前文, 改定履歴, 注記) and its 方針 names.
// Both are edited as a whole form, guarded by the plan row's version.
import type { Database } from 'better-sqlite3';
import type { PlanHeader, Policy } from '../../shared/domain/schema.ts';
import { cloneState } from '../../shared/editing/plan-state.ts';
import type { PlanForEdit } from '../../shared/editing/api-types.ts';
import type { AuditSource } from './audit.ts';
import { assertPlanVersion, assertWritable, planEditable } from './edit-guard.ts';
import { currentPlanId, readDepartments, readPlanHeader, readPlanRow, readPolicies } from './plan-read.ts';
import { commitState, readPlanState, type Committed } from './plan-state-store.ts';

export function readPlanForEdit(db: Database): PlanForEdit {
  const planId = currentPlanId(db);
  const row = readPlanRow(db, planId);
  const deptUse = db.prepare(`SELECT d.name, count(x.initiative_id) AS n FROM department d
    LEFT JOIN initiative_department x ON x.department_id = d.id WHERE d.plan_id = ? GROUP BY d.id`).all(planId) as { name: string; n: number }[];
  const policyUse = db.prepare('SELECT policy_code AS code, count(*) AS n FROM initiative WHERE plan_id = ? GROUP BY policy_code').all(planId) as { code: number; n: number }[];
  return {
    planId,
    version: row.version,
    // View-only (another terminal holds the DB) reads as read-only too: nothing offers an edit that would be refused.
    readOnly: !planEditable(db, planId),
    plan: readPlanHeader(db, planId),
    policies: readPolicies(db, planId),
    departments: readDepartments(db, planId).map((d) => d.name),
    departmentUsage: Object.fromEntries(deptUse.map((r) => [r.name, r.n])),
    policyUsage: Object.fromEntries(policyUse.map((r) => [String(r.code), r.n])),
  };
}

function editPlan(db: Database, src: AuditSource, version: number, summary: string, edit: (s: ReturnType<typeof readPlanState>) => void): Committed & { version: number } {
  return db.transaction(() => {
    const planId = currentPlanId(db);
    assertWritable(db, planId);
    assertPlanVersion(db, planId, version);
    const before = readPlanState(db, planId);
    const after = cloneState(before);
    edit(after);
    const r = commitState(db, planId, before, after, src, summary);
    return { ...r, version: readPlanRow(db, planId).version };
  }).immediate();
}

/** Saves the header form. Changing the plan period is refused while bars or 実績 fall outside it. */
export function savePlanHeader(db: Database, src: AuditSource, version: number, plan: PlanHeader) {
  return editPlan(db, src, version, '計画の設定を変更', (s) => { s.plan = plan; });
}

/** Saves the 方針 list (names, order, new codes). Removing a 方針 still used by an initiative is refused. */
export function savePolicies(db: Database, src: AuditSource, version: number, policies: Policy[]) {
  return editPlan(db, src, version, '方針の一覧を変更', (s) => { s.policies = policies; });
}
