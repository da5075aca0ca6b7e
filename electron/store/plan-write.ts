// Writing domain objects into the DB. Callers run these inside a transaction (see store.ts).
import type { Database } from 'better-sqlite3';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { writeDepartmentInfo } from './department-info.ts';
import type { Initiative, PlanHeader } from '../../shared/domain/schema.ts';
import { liveMarks } from '../../shared/domain/review-marks.ts';

const b = (v: boolean) => (v ? 1 : 0);

/** Inserts a new plan row (not current) and returns its id. */
export function insertPlan(db: Database, header: PlanHeader, now: string): number {
  const info = db.prepare(
    `INSERT INTO plan (title, edition, organization, division, first_fy, last_fy, established_on, revised_on, era_style, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(header.title, header.edition, header.organization, header.division, header.firstFiscalYear, header.lastFiscalYear,
    header.establishedOn, header.revisedOn, header.eraStyle, now);
  const id = Number(info.lastInsertRowid);
  writePlanLists(db, id, header);
  return id;
}

/** Updates the plan row and replaces its sections, 改定履歴 rows and notes. */
export function updatePlanHeader(db: Database, planId: number, header: PlanHeader): void {
  db.prepare(
    `UPDATE plan SET title = ?, edition = ?, organization = ?, division = ?, first_fy = ?, last_fy = ?, established_on = ?,
       revised_on = ?, era_style = ?, version = version + 1 WHERE id = ?`,
  ).run(header.title, header.edition, header.organization, header.division, header.firstFiscalYear, header.lastFiscalYear,
    header.establishedOn, header.revisedOn, header.eraStyle, planId);
  for (const t of ['plan_section', 'plan_history_row', 'plan_note']) db.prepare(`DELETE FROM ${t} WHERE plan_id = ?`).run(planId);
  writePlanLists(db, planId, header);
}

function writePlanLists(db: Database, planId: number, header: PlanHeader): void {
  const sec = db.prepare('INSERT INTO plan_section (plan_id, pos, heading, body) VALUES (?, ?, ?, ?)');
  header.sections.forEach((s, i) => sec.run(planId, i, s.heading, s.body));
  const hist = db.prepare('INSERT INTO plan_history_row (plan_id, pos, kind, date, summary_json) VALUES (?, ?, ?, ?, ?)');
  header.revisionHistory.forEach((h, i) => hist.run(planId, i, h.kind, h.date, JSON.stringify(h.summary)));
  const note = db.prepare('INSERT INTO plan_note (plan_id, pos, text) VALUES (?, ?, ?)');
  header.notes.forEach((n, i) => note.run(planId, i, n));
}

export function replacePolicies(db: Database, planId: number, policies: PlanDocument['policies']): void {
  db.prepare('DELETE FROM policy WHERE plan_id = ?').run(planId);
  const ins = db.prepare('INSERT INTO policy (plan_id, code, name, pos) VALUES (?, ?, ?, ?)');
  policies.forEach((p, i) => ins.run(planId, p.code, p.name, i));
}

/** Adds departments missing from the master (at the end) and returns name → id for the plan. */
export function ensureDepartments(db: Database, planId: number, names: readonly string[]): Map<string, number> {
  const rows = db.prepare('SELECT id, name, pos FROM department WHERE plan_id = ?').all(planId) as { id: number; name: string; pos: number }[];
  const map = new Map(rows.map((r) => [r.name, r.id]));
  let pos = rows.reduce((m, r) => Math.max(m, r.pos + 1), 0);
  const ins = db.prepare('INSERT INTO department (plan_id, pos, name) VALUES (?, ?, ?)');
  for (const n of names) {
    if (map.has(n)) continue;
    map.set(n, Number(ins.run(planId, pos++, n).lastInsertRowid));
  }
  return map;
}

/** Inserts or fully rewrites one initiative (its row and all its child rows). Bumps the version. */
export function writeInitiative(db: Database, planId: number, it: Initiative, deptIds: Map<string, number>): void {
  db.prepare(
    `INSERT INTO initiative (id, plan_id, no, priority, policy_code, is_new, is_expanded, title, purpose, activity)
     VALUES (@id, @plan, @no, @priority, @policy, @isNew, @isExpanded, @title, @purpose, @activity)
     ON CONFLICT (id) DO UPDATE SET no = @no, priority = @priority, policy_code = @policy, is_new = @isNew,
       is_expanded = @isExpanded, title = @title, purpose = @purpose, activity = @activity, version = version + 1, deleted_at = NULL`,
  ).run({
    id: it.id, plan: planId, no: it.no, priority: b(it.priority), policy: it.policy, isNew: b(it.isNew),
    isExpanded: b(it.isExpanded), title: it.title, purpose: it.purpose, activity: it.activity,
  });
  for (const t of ['initiative_department', 'source_plan', 'schedule_bar', 'result', 'review_mark']) {
    db.prepare(`DELETE FROM ${t} WHERE initiative_id = ?`).run(it.id);
  }
  const dep = db.prepare('INSERT INTO initiative_department (initiative_id, pos, department_id) VALUES (?, ?, ?)');
  it.departments.forEach((d, i) => {
    const id = deptIds.get(d);
    if (id === undefined) throw new Error(`課「${d}」が課の一覧にありません`);
    dep.run(it.id, i, id);
  });
  const src = db.prepare('INSERT INTO source_plan (initiative_id, pos, name, ref) VALUES (?, ?, ?, ?)');
  it.sourcePlans.forEach((s, i) => src.run(it.id, i, s.name, s.ref));
  const bar = db.prepare('INSERT INTO schedule_bar (initiative_id, pos, lane, label, from_fy, to_fy) VALUES (?, ?, ?, ?, ?, ?)');
  it.schedule.forEach((s, i) => bar.run(it.id, i, s.lane, s.label, s.from, s.to));
  const res = db.prepare('INSERT INTO result (initiative_id, fiscal_year, pos, text) VALUES (?, ?, ?, ?)');
  it.results.forEach((r, i) => res.run(it.id, r.fiscalYear, i, r.text));
  insertLiveMarks(db, it);
}

/** Stores the marks of `it` that still hold on its text: a mark never outlives a change of its field. */
export function insertLiveMarks(db: Database, it: Initiative): void {
  const ins = db.prepare('INSERT INTO review_mark (initiative_id, pos, field, reason, text) VALUES (?, ?, ?, ?, ?)');
  liveMarks(it).forEach((m, i) => ins.run(it.id, i, m.field, m.reason, m.text));
}

/**
 * Replaces the whole content of a plan with a validated document: header, policies, the
 * department master (in the document's order) and every initiative. Soft-deleted ones go too.
 */
export function replacePlanContent(db: Database, planId: number, doc: PlanDocument): void {
  updatePlanHeader(db, planId, doc.plan);
  db.prepare('DELETE FROM initiative WHERE plan_id = ?').run(planId);
  db.prepare('DELETE FROM department WHERE plan_id = ?').run(planId);
  replacePolicies(db, planId, doc.policies);
  const deptIds = ensureDepartments(db, planId, doc.departments.map((d) => d.name));
  writeDepartmentInfo(db, planId, doc.departments);
  for (const it of doc.initiatives) writeInitiative(db, planId, it, deptIds);
}
