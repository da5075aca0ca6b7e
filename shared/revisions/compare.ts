// The change list of two plan documents (改正前 → 改正後), field by field: what a 新旧対照表 prints.
// Initiatives pair by id (stable across renumbering), else by No.; unchanged ones are only counted.
import type { PlanDocument } from '../domain/document.ts';
import { compareInitiatives } from '../domain/document.ts';
import type { Initiative } from '../domain/schema.ts';
import { spell } from '../diff/segment.ts';
import { diffBars } from './bar-diff.ts';
import { barText, headerFieldTexts, initiativeFieldTexts, type FieldText } from './field-text.ts';
import { diffText, type DiffSegment } from './text-diff.ts';

export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
  segments: DiffSegment[];
  /** A remark printed under the label (「変更のない計画 2 件は省略」). */
  note?: string;
}

/** An initiative whose No. changed (listed once, in one old → new table). */
export interface Renumbering { id: string; beforeNo: number; afterNo: number; title: string }

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
  /** Every No. that changed, by 改正後 No.; an initiative whose only change is its No. has no block. */
  renumbered: Renumbering[];
  unchangedCount: number;
  counts: { added: number; deleted: number; changed: number; renumbered: number };
}

type Special = Record<string, () => FieldChange | null>;

/**
 * Field changes between two lists of field texts: pairs by key, keeps only the changed ones, in
 * print order. A `special` key is compared by its own function (the 計画 bars) instead of as text.
 */
export function diffFieldTexts(before: FieldText[], after: FieldText[], special: Special = {}): FieldChange[] {
  const b = new Map(before.map((f) => [f.key, f]));
  const a = new Map(after.map((f) => [f.key, f]));
  const keys = [...new Set([...after.map((f) => f.key), ...before.map((f) => f.key)])];
  const order = (k: string) => (a.get(k) ?? b.get(k))!.order;
  keys.sort((x, y) => order(x) - order(y));
  const out: FieldChange[] = [];
  for (const key of keys) {
    const own = special[key];
    if (own) {
      const f = own();
      if (f) out.push(f);
      continue;
    }
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

/** The 計画 row as bars (bar-diff.ts), or null when every bar is the same on both sides. */
function scheduleChange(p: Pair, after: PlanDocument): FieldChange | null {
  const era = after.plan.eraStyle;
  const d = diffBars(p.before?.schedule ?? [], p.after?.schedule ?? [], (b) => barText(b, era));
  if (!d.segments.some((s) => s.kind !== 'same')) return null;
  return {
    key: 'schedule', label: '計画', before: spell(d.segments, 'before'), after: spell(d.segments, 'after'), segments: d.segments,
    ...(d.unchanged > 0 ? { note: `変更のない計画 ${d.unchanged} 件は省略` } : {}),
  };
}

/** Everything that differs between `before` (改正前) and `after` (改正後). */
export function compareDocuments(before: PlanDocument, after: PlanDocument): DocumentComparison {
  const sorted = (d: PlanDocument) => [...d.initiatives].sort(compareInitiatives);
  const initiatives: InitiativeChange[] = [];
  const renumbered: Renumbering[] = [];
  let unchangedCount = 0;
  for (const p of pairInitiatives(sorted(before), sorted(after))) {
    let fields = diffFieldTexts(
      p.before ? initiativeFieldTexts(p.before, before) : [],
      p.after ? initiativeFieldTexts(p.after, after) : [],
      { schedule: () => scheduleChange(p, after) },
    );
    const kind: InitiativeChangeKind = !p.before ? 'added' : !p.after ? 'deleted' : 'changed';
    if (kind === 'changed' && p.before!.no !== p.after!.no) {
      // Listed once in the old → new table; the block (if any) keeps 「(改正前 No.n)」 in its heading.
      renumbered.push({ id: p.after!.id, beforeNo: p.before!.no, afterNo: p.after!.no, title: p.after!.title });
      fields = fields.filter((f) => f.key !== 'no');
      if (fields.length === 0) continue;
    }
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
      fields: fields.filter((f) => f.key !== 'no'),
    });
  }
  const count = (k: InitiativeChangeKind) => initiatives.filter((i) => i.kind === k).length;
  return {
    header: diffFieldTexts(headerFieldTexts(before), headerFieldTexts(after)),
    initiatives,
    renumbered: renumbered.sort((x, y) => x.afterNo - y.afterNo),
    unchangedCount,
    counts: { added: count('added'), deleted: count('deleted'), changed: count('changed'), renumbered: renumbered.length },
  };
}
