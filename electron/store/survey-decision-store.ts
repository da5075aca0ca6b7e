// Decisions as events (the latest of an item is the one in force) and what each apply wrote.
// Callers run writes inside their own transaction; these are single statements and row mapping.
import type { Database } from 'better-sqlite3';
import { decisionKey } from '../../shared/survey/decisions.ts';
import type { AppliedItem, Decision, FieldValue, ItemBasis, SurveyField } from '../../shared/survey/types.ts';
import type { SurveyApplyItemRow, SurveyDecisionEventRow } from './survey-rows.ts';

const decisionOf = (r: SurveyDecisionEventRow): Decision => ({
  id: r.id, initiativeId: r.initiative_id, field: r.field, action: r.action as Decision['action'], department: r.department,
  value: r.value_json === null ? null : (JSON.parse(r.value_json) as FieldValue),
  basis: JSON.parse(r.basis_json) as ItemBasis | null, decidedAt: r.decided_at, decidedBy: r.decided_by,
});

/** The decision in force per item (a cleared item maps to null). */
export function latestDecisions(db: Database, roundId: number): Map<string, Decision | null> {
  const rows = db.prepare(
    `SELECT e.* FROM survey_decision_event e WHERE e.round_id = ? AND e.id = (
       SELECT max(id) FROM survey_decision_event x WHERE x.round_id = e.round_id AND x.initiative_id = e.initiative_id AND x.field = e.field)`,
  ).all(roundId) as SurveyDecisionEventRow[];
  return new Map(rows.map((r) => [decisionKey(r.initiative_id, r.field), r.action === 'clear' ? null : decisionOf(r)]));
}

export function insertDecision(db: Database, roundId: number, d: {
  initiativeId: string; field: SurveyField; action: Decision['action'] | 'clear'; department: string | null; value: FieldValue | null; basis: ItemBasis; at: string; who: string;
}): number {
  return Number(db.prepare(
    `INSERT INTO survey_decision_event (round_id, initiative_id, field, action, department, value_json, basis_json, decided_at, decided_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(roundId, d.initiativeId, d.field, d.action, d.department, d.value === null ? null : JSON.stringify(d.value), JSON.stringify(d.basis), d.at, d.who).lastInsertRowid);
}

export function insertApplyItems(db: Database, applyId: number, items: readonly { initiativeId: string; field: SurveyField; decisionId: number; written: boolean; value: FieldValue; basis: ItemBasis }[]): void {
  const ins = db.prepare('INSERT INTO survey_apply_item (apply_id, initiative_id, field, decision_id, written, value_json, basis_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const i of items) ins.run(applyId, i.initiativeId, i.field, i.decisionId, i.written ? 1 : 0, JSON.stringify(i.value), JSON.stringify(i.basis));
}

const AUDIT_FIELD_SQL = "CASE i.field WHEN 'result' THEN 'results' ELSE i.field END";

/** Per item, the newest apply not undone: what it wrote, the situation after, and its source files. */
export function appliedItems(db: Database, roundId: number): Map<string, AppliedItem> {
  const rows = db.prepare(
    `SELECT i.*, a.at, a.who,
       (SELECT json_group_array(DISTINCT b.source) FROM survey_apply_batch x JOIN change_batch b ON b.id = x.batch_id
          JOIN change_entry e ON e.batch_id = b.id AND e.entity = 'initiative' AND e.entity_id = i.initiative_id AND e.field = ${AUDIT_FIELD_SQL}
        WHERE x.apply_id = i.apply_id) AS sources_json
     FROM survey_apply_item i JOIN survey_apply a ON a.id = i.apply_id
     WHERE a.round_id = ? AND a.undone_at IS NULL ORDER BY i.apply_id`,
  ).all(roundId) as (SurveyApplyItemRow & { at: string; who: string; sources_json: string })[];
  const m = new Map<string, AppliedItem>();
  for (const r of rows) {
    m.set(decisionKey(r.initiative_id, r.field), {
      applyId: r.apply_id, at: r.at, who: r.who, initiativeId: r.initiative_id, field: r.field, decisionId: r.decision_id,
      written: r.written === 1, value: JSON.parse(r.value_json) as FieldValue, basis: JSON.parse(r.basis_json) as ItemBasis,
      sources: JSON.parse(r.sources_json) as string[],
    });
  }
  return m;
}
