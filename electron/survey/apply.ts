// Applying the decided changes of a round: one transaction after an automatic backup, one audit
// batch per returned file (its name as the source), and a record of the apply so it can be undone.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { PlanDocument } from '../../shared/domain/document.ts';
import type { Initiative } from '../../shared/domain/schema.ts';
import type { SurveyApplyResult } from '../../shared/survey/api-types.ts';
import { itemLabel, planApply, type PlannedWrite } from '../../shared/survey/decisions.ts';
import { withField } from '../../shared/survey/fields.ts';
import { settleMarks } from '../../shared/domain/review-marks.ts';
import { sameValue } from '../../shared/editing/same-value.ts';
import type { SurveyField } from '../../shared/survey/types.ts';
import { recordBatch, type AuditEntry } from '../store/audit.ts';
import { autoBackup } from '../store/backup.ts';
import { assertWritable } from '../store/edit-guard.ts';
import { readPlanDocument } from '../store/plan-read.ts';
import { ensureDepartments, writeInitiative } from '../store/plan-write.ts';
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
  undecided: number;
  updated: Map<string, Initiative>;
  signature: string;
}

function planOf(db: Database, roundId: number): Plan {
  const m = mergeOf(db, roundId);
  assertWritable(db, m.round.plan_id);
  const { writes, unresolved, undecided } = planApply(m.items, m.decisions);
  if (unresolved.length > 0) {
    const list = unresolved.slice(0, 10).map((i) => `・${itemLabel(i)}(${i.title})`).join('\n');
    throw new AppError('CONFLICT', `解決していない競合が ${unresolved.length} 件あるため反映できません。どの値にするか決めてから反映してください:\n${list}`);
  }
  if (writes.length === 0) {
    throw new AppError('CONFLICT', undecided.length > 0
      ? `採用した変更がありません(未決定 ${undecided.length} 件)。変更を確認して「採用」してから反映してください。`
      : '反映する変更がありません(すべて反映済みか、不採用です)。');
  }
  const updated = new Map<string, Initiative>();
  for (const w of writes) {
    const it = updated.get(w.item.initiativeId) ?? strip(m.current.get(w.item.initiativeId)!);
    // A returned text replaces the one a 要確認 mark was set on: the mark goes with it.
    updated.set(w.item.initiativeId, settleMarks(withField(it, w.item.field, w.value, m.round.fiscal_year)));
  }
  validateInitiatives(db, m.round.plan_id, updated, '採用した変更を反映する');
  return { m, writes, undecided: undecided.length, updated, signature: JSON.stringify(writes.map((w) => [w.item.fingerprint, w.value])) };
}

/** The audit source of a write: the returned file it came from (edited values say so). */
function sourceOf(w: PlannedWrite): string {
  const files = [...new Set(w.item.proposals.map((p) => p.fileName))];
  if (w.decision.action === 'accept') {
    return w.item.proposals.find((p) => p.returnId === w.decision.sourceReturnId)?.fileName ?? files[0] ?? '画面';
  }
  return `${files.slice(0, 3).join('、')}(編集)`;
}

export async function applyRound(db: Database, roundId: number, ctx: { user: string; dbPath: string }): Promise<SurveyApplyResult> {
  const first = planOf(db, roundId);
  const backupPath = await autoBackup(db, ctx.dbPath, 'survey-apply');
  return db.transaction(() => {
    const p = planOf(db, roundId);
    if (p.signature !== first.signature) throw new AppError('CONFLICT', '確認中に内容が変わりました(別の操作で更新されました)。確認画面を開き直してから反映してください。');
    const planId = p.m.round.plan_id;
    const deptIds = ensureDepartments(db, planId, []);
    for (const it of p.updated.values()) writeInitiative(db, planId, it, deptIds);
    const bySource = new Map<string, AuditEntry[]>();
    for (const w of p.writes) {
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
      const w = p.writes.find((x) => x.item.initiativeId === id)!;
      bySource.get(sourceOf(w))!.push({ entity: 'initiative', entityId: id, field: 'reviewMarks', oldValue: before.reviewMarks ?? null, newValue: after.reviewMarks ?? null });
    }
    const batchIds: number[] = [];
    for (const [source, entries] of bySource) {
      const id = recordBatch(db, planId, { who: ctx.user, source }, `照会「${p.m.round.name}」の回答を反映(${entries.filter((e) => e.field !== 'reviewMarks').length}項目)`, entries);
      if (id !== null) batchIds.push(id);
    }
    const applyId = insertApply(db, {
      round_id: roundId, at: new Date().toISOString(), who: ctx.user, fields: p.writes.length, initiatives: p.updated.size, backup_path: backupPath,
    }, batchIds);
    return { applyId, fields: p.writes.length, initiatives: p.updated.size, backupPath, undecided: p.undecided };
  }).immediate();
}
