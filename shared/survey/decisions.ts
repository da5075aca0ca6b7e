// The coordinator's decisions on merged fields: what taking a 課's answer means, and what an
// apply would write (the decided items; open ones are left for later).
import { canonicalValue } from './fields.ts';
import { distinctProposals } from './merge.ts';
import type { ItemVerdict } from './item-state.ts';
import type { Decision, FieldMerge, FieldValue } from './types.ts';
import { FIELD_LABELS } from './types.ts';

export const itemLabel = (item: Pick<FieldMerge, 'no' | 'field'>) => `No.${item.no} ${FIELD_LABELS[item.field]}`;

/**
 * The value and 課 of "accept" for an item: the one proposed value, or the one of `department`
 * when 課 disagree. Throws a Japanese message when the choice is ambiguous or impossible.
 */
export function acceptedValue(item: FieldMerge, department?: string): { value: FieldValue; department: string } {
  if (item.conflicts.includes('deleted')) throw new Error(`${itemLabel(item)}: 取組が削除されているため採用できません。「現在のまま」にしてください。`);
  if (department !== undefined) {
    const p = item.proposals.find((x) => x.department === department);
    if (!p) throw new Error(`${itemLabel(item)}: 「${department}」からの回答はありません(回答した課: ${item.proposals.map((x) => x.department).join('、')})。`);
    return { value: p.value, department: p.department };
  }
  const groups = distinctProposals(item);
  if (groups.length !== 1) {
    throw new Error(`${itemLabel(item)}: 課によって回答が違います(${item.proposals.map((p) => p.department).join('、')})。どの課の回答を採用するか選ぶか、編集してください。`);
  }
  const p = groups[0]!.proposals[0]!;
  return { value: p.value, department: p.department };
}

export interface PlannedWrite {
  item: FieldMerge;
  decision: Decision;
  value: FieldValue;
  /** false: the ledger already holds the value (recorded as applied, nothing written). */
  write: boolean;
}

/** What applying does: every decided item (accept/edit), and the items still open. */
export function planApply(items: readonly (FieldMerge & ItemVerdict)[]): { writes: PlannedWrite[]; open: FieldMerge[] } {
  const writes: PlannedWrite[] = [];
  const open: FieldMerge[] = [];
  for (const item of items) {
    if (item.state === 'open') open.push(item);
    if (item.state !== 'decided' || !item.decision || item.decision.value === null || item.current === null) continue;
    const write = canonicalValue(item.field, item.decision.value) !== canonicalValue(item.field, item.current);
    writes.push({ item, decision: item.decision, value: item.decision.value, write });
  }
  return { writes, open };
}

/** The item's newest decision, in force or set aside by a reopening: what a screen showing the item has seen. */
export const seenDecisionOf = (item: Pick<ItemVerdict, 'decision' | 'reopened'>): Decision | null => item.decision ?? item.reopened?.previous ?? null;

export const decisionKey = (initiativeId: string, field: string) => `${initiativeId}\u0000${field}`;
