// Plan periods: one DB holds several plans (2024–2026, 2027–2029, …); exactly one is current,
// the ended ones are read-only and stay viewable and printable.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { formatFiscalYear } from '../../shared/domain/fiscal-year.ts';
import { buildNextPeriodDocument, type StartPeriodInput } from '../../shared/revisions/period.ts';
import type { PlanPeriodInfo } from '../../shared/revisions/types.ts';
import { recordBatch, type AuditSource } from './audit.ts';
import { assertWritable } from './edit-guard.ts';
import { currentPlanId, readPlanDocument } from './plan-read.ts';
import type { PlanRow } from './rows.ts';
import { createPlanFromDocument } from './seed.ts';

type PlanListRow = Pick<PlanRow, 'id' | 'title' | 'edition' | 'first_fy' | 'last_fy' | 'is_current' | 'read_only'> & { initiatives: number; revisions: number };

/** Every plan in the DB, newest period first. */
export function listPlans(db: Database): PlanPeriodInfo[] {
  const rows = db.prepare(
    `SELECT p.id, p.title, p.edition, p.first_fy, p.last_fy, p.is_current, p.read_only,
       (SELECT count(*) FROM initiative i WHERE i.plan_id = p.id AND i.deleted_at IS NULL) AS initiatives,
       (SELECT count(*) FROM revision r WHERE r.plan_id = p.id) AS revisions
     FROM plan p ORDER BY p.first_fy DESC, p.id DESC`,
  ).all() as PlanListRow[];
  return rows.map((r) => ({
    planId: r.id, title: r.title, edition: r.edition, firstFiscalYear: r.first_fy, lastFiscalYear: r.last_fy,
    isCurrent: r.is_current === 1, readOnly: r.read_only === 1, initiatives: r.initiatives, revisions: r.revisions,
  }));
}

const period = (a: number, b: number) => `${formatFiscalYear(a)}〜${formatFiscalYear(b)}`;

/** Fresh initiative ids for the new period (p2027-01, …), skipping any id used anywhere in the DB. */
function idMaker(db: Database, first: number): (index: number) => string {
  const used = new Set((db.prepare('SELECT id FROM initiative').all() as { id: string }[]).map((r) => r.id));
  return (index) => {
    const base = `p${first}-${String(index + 1).padStart(2, '0')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/**
 * 「新しい計画期間を開始」: the new plan from the current one (chosen initiatives, new ids and Nos.,
 * no bars, no results), made current; the old plan becomes read-only. One transaction, audited.
 */
export function startPeriod(db: Database, input: StartPeriodInput & { establishedOn: string }, src: AuditSource): { planId: number; title: string; initiatives: number } {
  return db.transaction(() => {
    const oldId = currentPlanId(db);
    assertWritable(db, oldId);
    const { firstFiscalYear: first, lastFiscalYear: last } = input;
    const clash = db.prepare('SELECT title, first_fy, last_fy FROM plan WHERE first_fy <= ? AND last_fy >= ? ORDER BY first_fy').get(last, first) as
      Pick<PlanRow, 'title' | 'first_fy' | 'last_fy'> | undefined;
    if (clash) {
      throw new AppError('CONFLICT', `計画期間 ${period(first, last)} は既存の計画「${clash.title}」(${period(clash.first_fy, clash.last_fy)})と重なっています。重ならない年度を指定してください。`);
    }
    const old = readPlanDocument(db, oldId);
    if (first < old.plan.firstFiscalYear) {
      throw new AppError('BAD_INPUT', `新しい計画期間は今の計画期間(${period(old.plan.firstFiscalYear, old.plan.lastFiscalYear)})より後の年度にしてください。`);
    }
    const doc = buildNextPeriodDocument(old, { ...input, newId: idMaker(db, first) });
    const now = new Date().toISOString();
    const planId = createPlanFromDocument(db, doc, { current: true, freeze: false, now });
    db.prepare('UPDATE plan SET read_only = 1, is_current = 0 WHERE id = ?').run(oldId);
    recordBatch(db, planId, src, `新しい計画期間(${period(first, last)})を開始`, [
      { entity: 'plan', entityId: String(planId), field: 'document', oldValue: null, newValue: doc },
      { entity: 'plan', entityId: String(oldId), field: 'isCurrent', oldValue: true, newValue: false },
      { entity: 'plan', entityId: String(oldId), field: 'readOnly', oldValue: false, newValue: true },
    ]);
    return { planId, title: doc.plan.title, initiatives: doc.initiatives.length };
  }).immediate();
}
