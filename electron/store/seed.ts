// Creating a plan from a whole document (a new DB from the seed, `init`, a new plan period).
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { PlanDocument } from '../../shared/domain/document.ts';
import { describeIssues, toFieldIssues } from '../../shared/domain/issues.ts';
import { insertPlan, replacePolicies, ensureDepartments, writeInitiative } from './plan-write.ts';
import { freezeInitialRevision } from './revision-store.ts';
import { writeDepartmentInfo } from './department-info.ts';

/** Validates `input` as a plan document or throws BAD_INPUT naming the JSON paths of the first errors. */
export function parsePlanDocument(input: unknown, what = 'JSON'): PlanDocument {
  const r = PlanDocument.safeParse(input);
  if (!r.success) {
    throw new AppError('BAD_INPUT', `${what}が計画の形式に合いません。次の箇所を直してください:\n${describeIssues(r.error)}`, {
      issues: toFieldIssues(r.error),
    });
  }
  return r.data;
}

/** `freeze` (default true): also keep the document as its frozen revision (label = plan.edition), as the seed arrives. */
export function createPlanFromDocument(db: Database, input: unknown, opts: { current: boolean; now?: string; freeze?: boolean }): number {
  const doc = parsePlanDocument(input, '初期データ');
  const now = opts.now ?? new Date().toISOString();
  return db.transaction(() => {
    const planId = insertPlan(db, doc.plan, now);
    replacePolicies(db, planId, doc.policies);
    const deptIds = ensureDepartments(db, planId, doc.departments.map((d) => d.name));
    writeDepartmentInfo(db, planId, doc.departments);
    for (const it of doc.initiatives) writeInitiative(db, planId, it, deptIds);
    if (opts.freeze !== false) freezeInitialRevision(db, planId, now);
    if (opts.current) {
      db.prepare('UPDATE plan SET is_current = 0 WHERE is_current = 1').run();
      db.prepare('UPDATE plan SET is_current = 1 WHERE id = ?').run(planId);
    }
    return planId;
  }).immediate();
}
