// The three-way merge, per initiative and field: base (what was sent), each 課's return, and the
// DB now. A change is proposed when a return differs from the base and the DB still equals it; a
// conflict when the DB moved too (to something else), or when two 課 propose different values.
import type { Initiative } from '../domain/schema.ts';
import { canonicalValue, fieldOf } from './fields.ts';
import { shortHash } from './normalize.ts';
import type { ConflictKind, FieldMerge, FieldValue, Proposal, ReturnComment, ReturnForMerge, RoundSnapshot, SurveyField } from './types.ts';
import { SURVEY_FIELDS } from './types.ts';

export interface MergeInput {
  snapshot: RoundSnapshot;
  fiscalYear: number;
  /** Live initiatives of the DB, by id (missing: deleted since the round was sent). */
  current: ReadonlyMap<string, Initiative>;
  returns: readonly ReturnForMerge[];
}

/** Status of one field from its base, current value and the proposals that differ from the base. */
export function classify(field: SurveyField, base: FieldValue, current: FieldValue | null, proposals: readonly Proposal[]): { status: FieldMerge['status']; conflicts: ConflictKind[] } {
  const key = (v: FieldValue) => canonicalValue(field, v);
  const distinct = new Set(proposals.map((p) => key(p.value)));
  const conflicts: ConflictKind[] = [];
  if (current === null) return { status: 'conflict', conflicts: ['deleted'] };
  const dbMoved = key(current) !== key(base);
  if (dbMoved && distinct.size === 1 && distinct.has(key(current))) return { status: 'applied', conflicts };
  if (dbMoved) conflicts.push('db');
  if (distinct.size > 1) conflicts.push('departments');
  return { status: conflicts.length > 0 ? 'conflict' : 'change', conflicts };
}

function fingerprintOf(field: SurveyField, base: FieldValue, current: FieldValue | null, proposals: readonly Proposal[]): string {
  const ps = proposals.map((p) => `${p.returnId}:${canonicalValue(field, p.value)}`).sort();
  return shortHash(JSON.stringify([canonicalValue(field, base), current === null ? null : canonicalValue(field, current), ps]));
}

/** Every field some return proposes to change, in form order (No. then field), plus the comments. */
export function mergeRound(input: MergeInput): { items: FieldMerge[]; comments: ReturnComment[] } {
  const { snapshot, fiscalYear, current, returns } = input;
  const items: FieldMerge[] = [];
  const comments: ReturnComment[] = [];
  const blocksById = new Map<string, { ret: ReturnForMerge; block: ReturnForMerge['blocks'][number] }[]>();
  for (const ret of returns) {
    for (const block of ret.blocks) {
      const list = blocksById.get(block.initiativeId) ?? [];
      list.push({ ret, block });
      blocksById.set(block.initiativeId, list);
    }
  }
  for (const base of snapshot.initiatives) {
    const answers = blocksById.get(base.id);
    if (!answers) continue;
    const now = current.get(base.id) ?? null;
    for (const field of SURVEY_FIELDS) {
      const baseValue = fieldOf(base, field, fiscalYear);
      const baseKey = canonicalValue(field, baseValue);
      const proposals: Proposal[] = [];
      for (const { ret, block } of answers) {
        const v = block.values[field];
        if (v === undefined || canonicalValue(field, v) === baseKey) continue;
        proposals.push({ department: ret.department, returnId: ret.returnId, fileName: ret.fileName, cell: block.cells[field] ?? '', value: v });
      }
      if (proposals.length === 0) continue;
      const cur = now ? fieldOf(now, field, fiscalYear) : null;
      const { status, conflicts } = classify(field, baseValue, cur, proposals);
      items.push({
        initiativeId: base.id, no: base.no, title: base.title, field, base: baseValue, current: cur, proposals, status, conflicts,
        fingerprint: fingerprintOf(field, baseValue, cur, proposals),
      });
    }
    for (const { ret, block } of answers) {
      if (block.comment === '') continue;
      comments.push({ initiativeId: base.id, no: base.no, title: base.title, department: ret.department, returnId: ret.returnId, fileName: ret.fileName, cell: block.commentCell, text: block.comment });
    }
  }
  return { items, comments };
}

/** The distinct proposed values of an item, each with the 課 that proposed it. */
export function distinctProposals(item: Pick<FieldMerge, 'field' | 'proposals'>): { value: FieldValue; proposals: Proposal[] }[] {
  const groups = new Map<string, { value: FieldValue; proposals: Proposal[] }>();
  for (const p of item.proposals) {
    const k = canonicalValue(item.field, p.value);
    const g = groups.get(k);
    if (g) g.proposals.push(p);
    else groups.set(k, { value: p.value, proposals: [p] });
  }
  return [...groups.values()];
}
