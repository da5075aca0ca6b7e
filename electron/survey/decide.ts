// Recording the coordinator's decisions on merged fields: a 課's answer (accept), 現在のまま
// (reject), an edited value (edit), or forgetting the decision (clear). Each is kept as an event.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors.ts';
import { findLaneOverlap } from '../../shared/domain/document.ts';
import type { ScheduleBar } from '../../shared/domain/schema.ts';
import { acceptedValue, decisionKey, itemLabel, seenDecisionOf } from '../../shared/survey/decisions.ts';
import { normalizeCellText } from '../../shared/survey/normalize.ts';
import type { SurveyDecisionInput } from '../../shared/survey/inputs.ts';
import { basisOf } from '../../shared/survey/item-state.ts';
import { FIELD_LABELS, type FieldMerge, type FieldValue } from '../../shared/survey/types.ts';
import { recordBatch } from '../store/audit.ts';
import { insertDecision } from '../store/survey-decision-store.ts';
import { mergeOf } from './review.ts';

type DecisionInput = z.output<typeof SurveyDecisionInput>;

const decisionLabel = (d: { action: string; department: string | null }) =>
  d.action === 'accept' ? `${d.department}の回答を採用` : d.action === 'reject' ? '現在のまま' : d.action === 'edit' ? '編集して採用' : '判断を取り消し';

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

/** Records the decisions (one event each, in one transaction) on the situation each item is in now. */
export function decide(db: Database, roundId: number, inputs: readonly DecisionInput[], ctx: { user: string; source: string }): number {
  const m = mergeOf(db, roundId);
  const items = new Map(m.items.map((i) => [decisionKey(i.initiativeId, i.field), i]));
  const period = { first: m.snapshot.firstFiscalYear, last: m.snapshot.lastFiscalYear };
  const planned = inputs.map((input) => {
    const item = items.get(decisionKey(input.initiativeId, input.field));
    if (!item) throw new AppError('NOT_FOUND', `取組(ID ${input.initiativeId})の${FIELD_LABELS[input.field]}には、この照会で変更案がありません。確認画面を開き直してください。`);
    const seen = seenDecisionOf(item);
    if (input.seenDecisionId !== undefined && (seen?.id ?? null) !== input.seenDecisionId) {
      const now = seen ? `今は「${decisionLabel(seen)}」、${seen.decidedBy} ${seen.decidedAt.slice(0, 16).replace('T', ' ')}` : '今は判断なし';
      throw new AppError('CONFLICT', `${itemLabel(item)}: 別の画面(または別の人)がこの項目の判断を変えています(${now})。何も記録していません。画面を開き直して確かめてから判断してください。`);
    }
    let value: FieldValue | null = null;
    let department: string | null = null;
    if (input.action === 'accept') {
      try {
        ({ value, department } = acceptedValue(item, input.department));
      } catch (e) {
        throw new AppError('BAD_INPUT', (e as Error).message);
      }
    } else if (input.action === 'edit') {
      if (item.conflicts.includes('deleted')) throw new AppError('BAD_INPUT', `${itemLabel(item)}: 取組が削除されているため、「現在のまま」にしかできません。`);
      value = editedValue(item, input.value, period);
    }
    return { item, action: input.action, department, value };
  });
  const at = new Date().toISOString();
  return db.transaction(() => {
    const entries = planned.map(({ item, action, department, value }) => {
      insertDecision(db, roundId, { initiativeId: item.initiativeId, field: item.field, action, department, value, basis: basisOf(item), at, who: ctx.user });
      const label = decisionLabel({ action, department });
      return { entity: 'survey_decision', entityId: `${roundId}:${item.initiativeId}`, field: item.field, oldValue: item.decision?.action ?? null, newValue: label };
    });
    recordBatch(db, m.round.plan_id, { who: ctx.user, source: ctx.source }, `照会「${m.round.name}」の変更案を判断(${entries.length}件)`, entries);
    return entries.length;
  }).immediate();
}
