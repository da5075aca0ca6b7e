// The change list of two plan documents (改正前 → 改正後), field by field: what a 新旧対照表 prints.
// Initiatives pair by id (stable across renumbering), else by No.; unchanged ones are only counted.
import type { PlanDocument } from '../domain/document.ts';
import { compareInitiatives } from '../domain/document.ts';
import type { Initiative } from '../domain/schema.ts';
import { headerFieldTexts, initiativeFieldTexts, type FieldText } from './field-text.ts';
import { diffText, type DiffSegment } from './text-diff.ts';

export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
  segments: DiffSegment[];
}

export type InitiativeChangeKind = 'added' | 'deleted' | 'changed';

export interface InitiativeChange {
  kind: InitiativeChangeKind;
  /** The 改正後 id (the 改正前 id for a deleted initiative). */
  id: string;
  beforeNo: number | null;
  afterNo: number | null;
  /** The 改正後 title (改正前 for a deleted one). */
  title: string;
  /** How the two sides were paired: by id, by No. (ids differ), or not at all (added/deleted). */
  matchedBy: 'id' | 'no' | null;
  fields: FieldChange[];
}

export interface DocumentComparison {
  header: FieldChange[];
  initiatives: InitiativeChange[];
  unchangedCount: number;
  counts: { added: number; deleted: number; changed: number };
}

/** Field changes between two lists of field texts: pairs by key, keeps only the changed ones, in print order. */
export function diffFieldTexts(before: FieldText[], after: FieldText[]): FieldChange[] {
  const b = new Map(before.map((f) => [f.key, f]));
  const a = new Map(after.map((f) => [f.key, f]));
  const keys = [...new Set([...after.map((f) => f.key), ...before.map((f) => f.key)])];
  const order = (k: string) => (a.get(k) ?? b.get(k))!.order;
  keys.sort((x, y) => order(x) - order(y));
  const out: FieldChange[] = [];
  for (const key of keys) {
    const o = b.get(key)?.text ?? '';
    const n = a.get(key)?.text ?? '';
    if (o === n) continue;
    out.push({ key, label: (a.get(key) ?? b.get(key))!.label, before: o, after: n, segments: diffText(o, n) });
  }
  return out;
}

interface Pair { before: Initiative | null; after: Initiative | null; matchedBy: 'id' | 'no' | null }

/** Pairs initiatives by id first, then the leftovers by No.; the rest are added or deleted. */
function pairInitiatives(before: Initiative[], after: Initiative[]): Pair[] {
  const byId = new Map(before.map((i) => [i.id, i]));
  const paired = new Map<Initiative, Pair>();
  const used = new Set<Initiative>();
  for (const a of after) {
    const b = byId.get(a.id);
    if (b) {
      paired.set(a, { before: b, after: a, matchedBy: 'id' });
      used.add(b);
    }
  }
  const leftByNo = new Map(before.filter((b) => !used.has(b)).map((b) => [b.no, b]));
  for (const a of after) {
    if (paired.has(a)) continue;
    const b = leftByNo.get(a.no);
    if (b) {
      paired.set(a, { before: b, after: a, matchedBy: 'no' });
      used.add(b);
      leftByNo.delete(a.no);
    } else paired.set(a, { before: null, after: a, matchedBy: null });
  }
  // Document order of 改正後; a deleted initiative goes right after its 改正前 predecessor's partner.
  const afterIndex = new Map(after.map((a, j) => [a, j]));
  const partnerIndex = new Map<Initiative, number>();
  for (const [a, p] of paired) if (p.before) partnerIndex.set(p.before, afterIndex.get(a)!);
  const rows: { key: number; pair: Pair }[] = after.map((a, j) => ({ key: j, pair: paired.get(a)! }));
  let anchor = -1;
  before.forEach((b, i) => {
    const j = partnerIndex.get(b);
    if (j !== undefined) anchor = j;
    else rows.push({ key: anchor + 0.5 + i / (before.length + 1) / 2, pair: { before: b, after: null, matchedBy: null } });
  });
  return rows.sort((x, y) => x.key - y.key).map((r) => r.pair);
}

/** Everything that differs between `before` (改正前) and `after` (改正後). */
export function compareDocuments(before: PlanDocument, after: PlanDocument): DocumentComparison {
  const sorted = (d: PlanDocument) => [...d.initiatives].sort(compareInitiatives);
  const initiatives: InitiativeChange[] = [];
  let unchangedCount = 0;
  for (const p of pairInitiatives(sorted(before), sorted(after))) {
    const fields = diffFieldTexts(
      p.before ? initiativeFieldTexts(p.before, before) : [],
      p.after ? initiativeFieldTexts(p.after, after) : [],
    );
    const kind: InitiativeChangeKind = !p.before ? 'added' : !p.after ? 'deleted' : 'changed';
    if (kind === 'changed' && fields.length === 0) {
      unchangedCount++;
      continue;
    }
    const main = (p.after ?? p.before)!;
    initiatives.push({
      kind,
      id: main.id,
      beforeNo: p.before?.no ?? null,
      afterNo: p.after?.no ?? null,
      title: main.title,
      matchedBy: p.matchedBy,
      // An added or deleted initiative prints in full on its side; its No. is in the heading already.
      fields: kind === 'changed' ? fields : fields.filter((f) => f.key !== 'no'),
    });
  }
  const count = (k: InitiativeChangeKind) => initiatives.filter((i) => i.kind === k).length;
  return {
    header: diffFieldTexts(headerFieldTexts(before), headerFieldTexts(after)),
    initiatives,
    unchangedCount,
    counts: { added: count('added'), deleted: count('deleted'), changed: count('changed') },
  };
}
