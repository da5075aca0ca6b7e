// Recording the coordinator's decisions on merged fields (accept / reject / edit / clear).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors.ts';
import { findLaneOverlap } from '../../shared/domain/document.ts';
import type { ScheduleBar } from '../../shared/domain/schema.ts';
import { acceptedValue, decisionKey, itemLabel } from '../../shared/survey/decisions.ts';
import { normalizeCellText } from '../../shared/survey/normalize.ts';
import type { SurveyDecisionInput } from '../../shared/survey/inputs.ts';
import type { Decision, FieldMerge, FieldValue } from '../../shared/survey/types.ts';
import { recordBatch } from '../store/audit.ts';
import { deleteDecision, saveDecision } from '../store/survey-store.ts';
import { mergeOf } from './review.ts';

type DecisionInput = z.output<typeof SurveyDecisionInput>;

function editedValue(item: FieldMerge, value: DecisionInput['value'], period: { first: number; last: number }): FieldValue {
  if (value === undefined) throw new AppError('BAD_INPUT', `${itemLabel(item)}: 編集後の値を入力してください。`);
  if (item.field !== 'schedule') {
    if (typeof value !== 'string') throw new AppError('BAD_INPUT', `${itemLabel(item)}: 文章を入力してください。`);
    return normalizeCellText(value);
  }
  if (!Array.isArray(value)) throw new AppError('BAD_INPUT', `${itemLabel(item)}: 計画は年度つきの行で指定してください。`);
  const bars = value.map((b) => ({ ...b, label: normalizeCellText(b.label) })) as ScheduleBar[];
  const out = bars.findIndex((b) => b.from < period.first || b.to > period.last);
  if (out >= 0) throw new AppError('BAD_INPUT', `${itemLabel(item)}: ${out + 1}行目の年度が計画期間(${period.first}〜${period.last}年度)の外です。`);
  const overlap = findLaneOverlap(bars);
  if (overlap !== null) throw new AppError('BAD_INPUT', `${itemLabel(item)}: ${overlap + 1}行目が同じ段の計画と年度で重なっています。段を分けてください。`);
  return bars;
}

export function decide(db: Database, roundId: number, inputs: readonly DecisionInput[], ctx: { user: string; source: string }): number {
  const m = mergeOf(db, roundId);
  const items = new Map(m.items.map((i) => [decisionKey(i.initiativeId, i.field), i]));
  const period = { first: m.snapshot.firstFiscalYear, last: m.snapshot.lastFiscalYear };
  const now = new Date().toISOString();
  const planned: { input: DecisionInput; item: FieldMerge; decision: Decision | null }[] = [];
  for (const input of inputs) {
    const item = items.get(decisionKey(input.initiativeId, input.field));
    if (!item) throw new AppError('NOT_FOUND', `取組(ID ${input.initiativeId})の${input.field}には、この照会で変更案がありません。確認画面を開き直してください。`);
    if (input.action === 'clear') {
      planned.push({ input, item, decision: null });
      continue;
    }
    let value: FieldValue | null = null;
    let sourceReturnId: number | null = null;
    if (input.action === 'accept') {
      try {
        ({ value, sourceReturnId } = acceptedValue(item, input.department));
      } catch (e) {
        throw new AppError('BAD_INPUT', (e as Error).message);
      }
    } else if (input.action === 'edit') {
      if (item.conflicts.includes('deleted')) throw new AppError('BAD_INPUT', `${itemLabel(item)}: 取組が削除されているため、不採用にしかできません。`);
      value = editedValue(item, input.value, period);
    }
    planned.push({ input, item, decision: { initiativeId: item.initiativeId, field: item.field, action: input.action, value, sourceReturnId, fingerprint: item.fingerprint, decidedAt: now, decidedBy: ctx.user } });
  }
  return db.transaction(() => {
    const entries = planned.map(({ item, decision }) => {
      const key = decisionKey(item.initiativeId, item.field);
      const before = m.decisions.get(key) ?? null;
      if (decision) saveDecision(db, roundId, decision);
      else deleteDecision(db, roundId, item.initiativeId, item.field);
      return { entity: 'survey_decision', entityId: `${roundId}:${item.initiativeId}`, field: item.field, oldValue: before?.action ?? null, newValue: decision?.action ?? null };
    });
    recordBatch(db, m.round.plan_id, { who: ctx.user, source: ctx.source }, `照会「${m.round.name}」の変更案を判断(${entries.length}件)`, entries);
    return entries.length;
  }).immediate();
}
