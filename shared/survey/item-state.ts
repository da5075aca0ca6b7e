// The state of each item of a round — open, decided, applied, rejected — from the merge, the
// decisions and the applies, and the one count of them that every screen and the CLI show.
// An item leaves `open` by a decision and returns to it only when its situation changes (a 課's
// answer differs from the one decided on, or the ledger moved); it then says exactly what changed.
import { canonicalValue, fieldText } from './fields.ts';
import type { AppliedItem, ConflictKind, Decision, FieldMerge, ItemBasis } from './types.ts';

export type ItemState = 'open' | 'decided' | 'applied' | 'rejected';

export const STATE_LABELS: Record<ItemState, string> = { open: '未決定', decided: '判断済(未反映)', applied: '反映済', rejected: '不採用(現在のまま)' };

export function basisOf(item: FieldMerge): ItemBasis {
  const answers: Record<string, string> = {};
  for (const p of item.proposals) answers[p.department] = canonicalValue(item.field, p.value);
  return { current: item.current === null ? null : canonicalValue(item.field, item.current), answers };
}

function sameBasis(a: ItemBasis, b: ItemBasis): boolean {
  const ka = Object.keys(a.answers).sort();
  const kb = Object.keys(b.answers).sort();
  return a.current === b.current && ka.length === kb.length && ka.every((k, i) => k === kb[i] && a.answers[k] === b.answers[k]);
}

const short = (s: string) => (s === '' ? '空欄' : `「${(s.length > 40 ? `${s.slice(0, 40)}…` : s).replaceAll('\n', ' ')}」`);

/** What changed between the situation a decision/apply was on and now, one sentence each. */
export function changesSince(item: FieldMerge, was: ItemBasis | null, after: 'decision' | 'apply', removed: ReadonlySet<string> = new Set()): string[] {
  if (was === null) return ['前の版のアプリで記録した判断のため、いまの回答で判断し直してください。'];
  const now = basisOf(item);
  const out: string[] = [];
  const fileOf = (d: string) => item.proposals.find((p) => p.department === d)?.fileName;
  for (const d of [...new Set([...Object.keys(was.answers), ...Object.keys(now.answers)])]) {
    const before = was.answers[d];
    const latest = now.answers[d];
    if (before === latest) continue;
    if (before === undefined) out.push(`${d}の回答(${fileOf(d)})が新しく届きました。`);
    else if (latest === undefined && removed.has(d)) out.push(`${d}が照会先から外されたため、${d}の回答は数えていません。`);
    else if (latest === undefined) out.push(`${d}の新しい回答では、この項目は送付時のままになりました(変更案の取り下げ)。`);
    else out.push(`${d}の新しい回答(${fileOf(d)})で内容が変わりました。`);
  }
  if (was.current !== now.current) {
    const when = after === 'apply' ? '反映の後に' : '判断の後に';
    out.push(now.current === null ? `${when}取組が削除されました。` : `${when}台帳の値が変更されました(今は${short(fieldText(item.field, item.current))})。`);
  }
  return out;
}

export interface ItemVerdict {
  state: ItemState;
  /** True while the 課's answers, or the ledger, disagree. */
  conflict: boolean;
  /** Why they disagree (the ledger holding our own apply is not a disagreement). */
  conflicts: ConflictKind[];
  /** The decision in force (open items: none). */
  decision: Decision | null;
  /** The apply that wrote the value now in the ledger (applied items). */
  applied: AppliedItem | null;
  /** Open again after a decision or apply: what changed since. */
  reopened: { previous: Decision | null; reasons: string[] } | null;
}

/**
 * `latest`: the item's newest decision event (null when none or cleared); `lastApply`: its newest
 * apply not undone; `removed`: 課 taken out of the recipients (their answers no longer count).
 * The ledger equal to our own apply is not a ledger conflict.
 */
export function verdictOf(item: FieldMerge, latest: Decision | null, lastApply: AppliedItem | null, removed: ReadonlySet<string> = new Set()): ItemVerdict {
  const now = basisOf(item);
  const ourValue = lastApply && item.current !== null && canonicalValue(item.field, lastApply.value) === canonicalValue(item.field, item.current);
  const kinds = item.conflicts.filter((k) => !(k === 'db' && ourValue));
  const conflict = kinds.length > 0;
  const base = { conflict, conflicts: kinds, decision: null, applied: null, reopened: null };
  const applyIsLatest = lastApply !== null && (latest === null || latest.id === lastApply.decisionId);
  if (applyIsLatest && sameBasis(lastApply.basis, now)) return { ...base, state: 'applied', decision: latest, applied: lastApply };
  if (latest && !applyIsLatest && latest.basis && sameBasis(latest.basis, now)) {
    return { ...base, state: latest.action === 'reject' ? 'rejected' : 'decided', decision: latest };
  }
  if (item.status === 'applied' && !applyIsLatest && latest === null) return { ...base, state: 'applied' };
  if (applyIsLatest) return { ...base, state: 'open', reopened: { previous: latest, reasons: changesSince(item, lastApply.basis, 'apply', removed) } };
  if (latest) return { ...base, state: 'open', reopened: { previous: latest, reasons: changesSince(item, latest.basis, 'decision', removed) } };
  return { ...base, state: 'open' };
}

export interface SurveyCounts {
  items: number;
  open: number;
  /** Open items whose answers or ledger disagree. */
  openConflicts: number;
  decided: number;
  applied: number;
  rejected: number;
}

/** The one count of a round's items, shown by the header, the import result, the review and the CLI. */
export function countItems(items: readonly { state: ItemState; conflict: boolean }[]): SurveyCounts {
  const c: SurveyCounts = { items: items.length, open: 0, openConflicts: 0, decided: 0, applied: 0, rejected: 0 };
  for (const i of items) {
    c[i.state]++;
    if (i.state === 'open' && i.conflict) c.openConflicts++;
  }
  return c;
}

/** The counts in one line, the same words everywhere. */
export function countsText(c: SurveyCounts): string {
  return `未決定 ${c.open}件(うち競合 ${c.openConflicts}件)・判断済(未反映) ${c.decided}件・反映済 ${c.applied}件・不採用 ${c.rejected}件`;
}
