// Applying the decided items of a round: one transaction after an automatic backup, one audit
// batch per returned file (its name as the source), and a record of the apply — which decision,
// the value written, the situation after — so the items stay applied and the apply can be undone.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { PlanDocument } from '../../shared/domain/document.ts';
import type { Initiative } from '../../shared/domain/schema.ts';
import type { SurveyApplyResult } from '../../shared/survey/api-types.ts';
import { itemLabel, planApply, type PlannedWrite } from '../../shared/survey/decisions.ts';
import { canonicalValue, fieldText, withField } from '../../shared/survey/fields.ts';
import { unprintableCodes } from '../../shared/domain/schema.ts';
import { basisOf } from '../../shared/survey/item-state.ts';
import { settleMarks } from '../../shared/domain/review-marks.ts';
import { sameValue } from '../../shared/editing/same-value.ts';
import type { SurveyField } from '../../shared/survey/types.ts';
import { recordBatch, type AuditEntry } from '../store/audit.ts';
import { autoBackup } from '../store/backup.ts';
import { assertWritable } from '../store/edit-guard.ts';
import { readPlanDocument } from '../store/plan-read.ts';
import { ensureDepartments, writeInitiative } from '../store/plan-write.ts';
import { insertApplyItems } from '../store/survey-decision-store.ts';
import { insertApply } from '../store/survey-store.ts';
import { mergeOf, type RoundMerge } from './review.ts';

/** The initiative field each survey field is stored (and audited) as. */
export const AUDIT_FIELD: Record<SurveyField, keyof Initiative & string> = { result: 'results', schedule: 'schedule', purpose: 'purpose', activity: 'activity' };

const strip = ({ version: _v, ...it }: Initiative & { version?: number }): Initiative => it;

/** Refuses a plan that would break the document rules (bars outside the period, lane overlaps …). */
export function validateInitiatives(db: Database, planId: number, updated: ReadonlyMap<string, Initiative>, what: string): void {
  const doc = readPlanDocument(db, planId);
  doc.initiatives = doc.initiatives.map((it) => updated.get(it.id) ?? it);
  const r = PlanDocument.safeParse(doc);
  if (r.success) return;
  const lines = r.error.issues.slice(0, 10).map((i) => {
    const idx = i.path[0] === 'initiatives' && typeof i.path[1] === 'number' ? i.path[1] : -1;
    const it = idx >= 0 ? doc.initiatives[idx] : undefined;
    return `${it ? `No.${it.no} ` : ''}${i.message}`;
  });
  throw new AppError('BAD_INPUT', `${what}と計画の決まりに合わなくなるため、反映しません。採用する値を見直してください:\n${lines.join('\n')}`);
}

interface Plan {
  m: RoundMerge;
  writes: PlannedWrite[];
  open: number;
  /** Decided items left out, one sentence each naming the file and cell. */
  skipped: string[];
  updated: Map<string, Initiative>;
  signature: string;
}

/**
 * Why a decided value cannot be written: a character the plan cannot hold, in a return stored
 * before the import refused such files. Said per file and cell, so the rest is still applied.
 */
function unholdableWrite(w: PlannedWrite): string | null {
  if (!w.write) return null;
  const codes = unprintableCodes(fieldText(w.item.field, w.value));
  if (codes.length === 0) return null;
  const p = w.decision.action === 'accept' ? w.item.proposals.find((x) => x.department === w.decision.department) : undefined;
  const from = p ? `${p.department}の回答(${p.fileName} ${p.cell})` : '編集した文章';
  return `${itemLabel(w.item)}: ${from}に計画に保存できない見えない文字(${codes.slice(0, 3).join('、')})があるため反映しませんでした。「編集して採用」で文字を直して採用するか、その課に様式を直して送り直してもらってください。`;
}

function planOf(db: Database, roundId: number): Plan {
  const m = mergeOf(db, roundId);
  assertWritable(db, m.round.plan_id);
  const planned = planApply(m.items);
  const open = planned.open;
  const skipped = planned.writes.map(unholdableWrite).filter((x): x is string => x !== null);
  const writes = planned.writes.filter((w) => unholdableWrite(w) === null);
  if (writes.length === 0 && skipped.length > 0) throw new AppError('BAD_INPUT', `反映できる判断がありません:\n${skipped.join('\n')}`);
  if (writes.length === 0) {
    throw new AppError('CONFLICT', open.length > 0
      ? `反映する判断がありません(未決定 ${open.length} 件)。「この課の回答を採用」「現在のまま」「編集して採用」のどれかを選んでから反映してください。`
      : '反映する判断がありません(すべて反映済みか、現在のままです)。');
  }
  const updated = new Map<string, Initiative>();
  for (const w of writes) {
    if (!w.write) continue;
    const it = updated.get(w.item.initiativeId) ?? strip(m.current.get(w.item.initiativeId)!);
    // A returned text replaces the one a 要確認 mark was set on: the mark goes with it.
    updated.set(w.item.initiativeId, settleMarks(withField(it, w.item.field, w.value, m.round.fiscal_year)));
  }
  validateInitiatives(db, m.round.plan_id, updated, '採用した変更を反映する');
  return { m, writes, open: open.length, skipped, updated, signature: JSON.stringify(writes.map((w) => [w.decision.id, w.item.fingerprint])) };
}

/** The audit source of a write: the returned file it came from (edited values say so). */
function sourceOf(w: PlannedWrite): string {
  if (w.decision.action === 'accept') {
    const p = w.item.proposals.find((x) => x.department === w.decision.department);
    if (p) return p.fileName;
  }
  const files = [...new Set(w.item.proposals.map((p) => p.fileName))];
  return `${files.slice(0, 3).join('、')}(編集)`;
}

export async function applyRound(db: Database, roundId: number, ctx: { user: string; dbPath: string }): Promise<SurveyApplyResult> {
  const first = planOf(db, roundId);
  const backupPath = first.updated.size > 0 ? await autoBackup(db, ctx.dbPath, 'survey-apply') : null;
  return db.transaction(() => {
    const p = planOf(db, roundId);
    if (p.signature !== first.signature) throw new AppError('CONFLICT', '確認中に内容が変わりました(別の操作で更新されました)。確認画面を開き直してから反映してください。');
    const planId = p.m.round.plan_id;
    const deptIds = ensureDepartments(db, planId, []);
    for (const it of p.updated.values()) writeInitiative(db, planId, it, deptIds);
    const bySource = new Map<string, AuditEntry[]>();
    for (const w of p.writes) {
      if (!w.write) continue;
      const f = AUDIT_FIELD[w.item.field];
      const before = strip(p.m.current.get(w.item.initiativeId)!);
      const after = p.updated.get(w.item.initiativeId)!;
      const list = bySource.get(sourceOf(w)) ?? [];
      list.push({ entity: 'initiative', entityId: w.item.initiativeId, field: f, oldValue: before[f], newValue: after[f] });
      bySource.set(sourceOf(w), list);
    }
    // Marks cleared by the returned texts: audited with the first file that changed the initiative (undo restores them).
    for (const [id, after] of p.updated) {
      const before = strip(p.m.current.get(id)!);
      if (sameValue(before.reviewMarks, after.reviewMarks)) continue;
      const w = p.writes.find((x) => x.write && x.item.initiativeId === id)!;
      bySource.get(sourceOf(w))!.push({ entity: 'initiative', entityId: id, field: 'reviewMarks', oldValue: before.reviewMarks ?? null, newValue: after.reviewMarks ?? null });
    }
    const batchIds: number[] = [];
    for (const [source, entries] of bySource) {
      const id = recordBatch(db, planId, { who: ctx.user, source }, `照会「${p.m.round.name}」の回答を反映(${entries.filter((e) => e.field !== 'reviewMarks').length}項目)`, entries);
      if (id !== null) batchIds.push(id);
    }
    const fields = p.writes.filter((w) => w.write).length;
    const applyId = insertApply(db, {
      round_id: roundId, at: new Date().toISOString(), who: ctx.user, fields, initiatives: p.updated.size, backup_path: backupPath,
    }, batchIds);
    insertApplyItems(db, applyId, p.writes.map((w) => ({
      initiativeId: w.item.initiativeId, field: w.item.field, decisionId: w.decision.id, written: w.write, value: w.value,
      basis: { ...basisOf(w.item), current: canonicalValue(w.item.field, w.value) },
    })));
    return { applyId, fields, initiatives: p.updated.size, items: p.writes.length, backupPath, open: p.open, skipped: p.skipped };
  }).immediate();
}
