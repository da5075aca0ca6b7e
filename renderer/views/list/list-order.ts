// The list as it is shown: filtered, sorted, 重点取組事項 first. The list draws it; the detail
// page steps through it (前の取組 / 次の取組) and the Excel export of the list writes it.
import type { InitiativeView, PlanView } from '../../../shared/api/contract.ts';
import { applyFilter, emptyFilter, sortInitiatives } from '../../../shared/editing/filters.ts';
import { buildSearchIndex, type SearchIndex } from '../../../shared/editing/search.ts';
import type { ListState } from './use-list-state.ts';

export function shownInOrder(initiatives: readonly InitiativeView[], index: SearchIndex, state: ListState): InitiativeView[] {
  const visible = sortInitiatives(applyFilter(initiatives, index, state.filter), state.sort, state.dir);
  return [...visible.filter((i) => i.priority), ...visible.filter((i) => !i.priority)];
}

export interface Neighbours {
  prev: InitiativeView | null;
  next: InitiativeView | null;
  /** 1-based place of the current one, and how many the stepped list holds. */
  at: number;
  count: number;
  /** True when the list's filter is in force; false when the current one is outside it (whole list). */
  filtered: boolean;
}

/** The ones before and after `id` in the list as shown; the whole list when the filter hides `id`. */
export function neighboursOf(id: string, initiatives: readonly InitiativeView[], plan: PlanView, state: ListState): Neighbours {
  const index = buildSearchIndex(initiatives, plan.policies);
  let order = shownInOrder(initiatives, index, state);
  let filtered = order.length !== initiatives.length;
  if (!order.some((i) => i.id === id)) {
    order = shownInOrder(initiatives, index, { ...state, filter: emptyFilter });
    filtered = false;
  }
  const k = order.findIndex((i) => i.id === id);
  return { prev: order[k - 1] ?? null, next: order[k + 1] ?? null, at: k + 1, count: order.length, filtered };
}
