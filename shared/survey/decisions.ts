// The coordinator's decisions on merged fields: which stand (taken on the situation still in
// force), what accepting means when several 課 answered, and what an apply would write.
import { canonicalValue } from './fields.ts';
import { distinctProposals } from './merge.ts';
import type { Decision, FieldMerge, FieldValue } from './types.ts';
import { FIELD_LABELS } from './types.ts';

/** A decision counts only while the base, the DB value and the proposals are those it was taken on. */
export function isDecisionCurrent(item: FieldMerge, d: Decision | undefined): d is Decision {
  return d !== undefined && d.fingerprint === item.fingerprint;
}

export const itemLabel = (item: Pick<FieldMerge, 'no' | 'field'>) => `No.${item.no} ${FIELD_LABELS[item.field]}`;

/**
 * The value and source of "accept" for an item: the one proposed value, or the one of `department`
 * when 課 disagree. Throws a Japanese message when the choice is ambiguous or impossible.
 */
export function acceptedValue(item: FieldMerge, department?: string): { value: FieldValue; sourceReturnId: number } {
  if (item.conflicts.includes('deleted')) throw new Error(`${itemLabel(item)}: 取組が削除されているため採用できません。不採用にしてください。`);
  const groups = distinctProposals(item);
  if (department !== undefined) {
    const p = item.proposals.find((x) => x.department === department);
    if (!p) throw new Error(`${itemLabel(item)}: 「${department}」からの変更案はありません。`);
    return { value: p.value, sourceReturnId: p.returnId };
  }
  if (groups.length !== 1) {
    throw new Error(`${itemLabel(item)}: 課によって回答が違います(${item.proposals.map((p) => p.department).join('、')})。どの課の案を採用するか選ぶか、値を編集してください。`);
  }
  const p = groups[0]!.proposals[0]!;
  return { value: p.value, sourceReturnId: p.returnId };
}

export interface PlannedWrite {
  item: FieldMerge;
  decision: Decision;
  value: FieldValue;
}

/**
 * What applying would do: the writes of accepted/edited items whose value differs from the DB,
 * and the conflicts still unresolved (applying is refused while there are any).
 */
export function planApply(items: readonly FieldMerge[], decisions: ReadonlyMap<string, Decision>): { writes: PlannedWrite[]; unresolved: FieldMerge[]; undecided: FieldMerge[] } {
  const writes: PlannedWrite[] = [];
  const unresolved: FieldMerge[] = [];
  const undecided: FieldMerge[] = [];
  for (const item of items) {
    if (item.status === 'applied') continue;
    const d = decisions.get(decisionKey(item.initiativeId, item.field));
    if (!isDecisionCurrent(item, d)) {
      (item.status === 'conflict' ? unresolved : undecided).push(item);
      continue;
    }
    if (d.action === 'reject' || d.value === null || item.current === null) continue;
    if (canonicalValue(item.field, d.value) === canonicalValue(item.field, item.current)) continue;
    writes.push({ item, decision: d, value: d.value });
  }
  return { writes, unresolved, undecided };
}

export const decisionKey = (initiativeId: string, field: string) => `${initiativeId}\u0000${field}`;
