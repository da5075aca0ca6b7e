// No. follow the document order: 重点取組事項 first, then 取組事項. Reordering swaps numbers;
// 「番号を振り直す」 gives 1..n in that order. Both return only the changes, for a small audit batch.
import { compareInitiatives } from '../domain/document.ts';

export interface Numbered { id: string; no: number; priority: boolean }
export interface NoChange { id: string; from: number; to: number }

export function documentOrder<T extends Numbered>(items: readonly T[]): T[] {
  return [...items].sort(compareInitiatives);
}

/** The changes that renumber every item 1..n in document order (empty when already so). */
export function renumberChanges(items: readonly Numbered[]): NoChange[] {
  return documentOrder(items)
    .map((it, i) => ({ id: it.id, from: it.no, to: i + 1 }))
    .filter((c) => c.from !== c.to);
}

/**
 * Moves an item one place up (-1) or down (+1) within its group by swapping No. with its
 * neighbour; [] when it is already first/last of the group. Throws on an unknown id.
 */
export function moveChanges(items: readonly Numbered[], id: string, delta: -1 | 1): NoChange[] {
  const { at, size } = groupPosition(items, id);
  const to = at + delta;
  return to < 1 || to > size ? [] : moveToChanges(items, id, to);
}

/** Where an item stands in its group (1-based) and how many the group holds. Throws on an unknown id. */
export function groupPosition(items: readonly Numbered[], id: string): { at: number; size: number } {
  const me = items.find((it) => it.id === id);
  if (!me) throw new RangeError(`unknown initiative ${id}`);
  const group = documentOrder(items.filter((it) => it.priority === me.priority));
  return { at: group.findIndex((it) => it.id === id) + 1, size: group.length };
}

/**
 * Moves an item to `position` (1-based) within its group: the items in between shift by one and
 * the group keeps the set of No. it had, so no other group is renumbered. [] when already there.
 */
export function moveToChanges(items: readonly Numbered[], id: string, position: number): NoChange[] {
  const me = items.find((it) => it.id === id);
  if (!me) throw new RangeError(`unknown initiative ${id}`);
  const group = documentOrder(items.filter((it) => it.priority === me.priority));
  const to = Math.max(1, Math.min(group.length, Math.trunc(position)));
  const nos = group.map((it) => it.no);
  const reordered = group.filter((it) => it.id !== id);
  reordered.splice(to - 1, 0, me);
  return reordered
    .map((it, k) => ({ id: it.id, from: it.no, to: nos[k]! }))
    .filter((c) => c.from !== c.to);
}

/** The No. for a new item: one more than the largest in use. */
export function nextNo(items: readonly { no: number }[]): number {
  return items.reduce((m, it) => Math.max(m, it.no), 0) + 1;
}
