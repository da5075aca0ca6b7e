// The list's filter and sort, kept for the session so that coming back from a detail view finds
// the same list. Each filter change marks `filter-start` for the benchmark's `filter` measure.
import { useCallback, useState } from 'react';
import { emptyFilter, type ListFilter, type SortDir, type SortKey } from '../../../shared/editing/filters.ts';

export interface ListState { filter: ListFilter; sort: SortKey; dir: SortDir }

const KEY = 'plan-desk.list-state';
const initial: ListState = { filter: emptyFilter, sort: 'no', dir: 'asc' };

/** The list's filter and sort as last left (the detail page steps through the same list). */
export function loadListState(): ListState {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as ListState | null;
    return s ? { ...initial, ...s, filter: { ...emptyFilter, ...s.filter } } : initial;
  } catch {
    return initial;
  }
}

/** A filter-start mark waiting for its filter-end (set on change, cleared after the list renders). */
export const filterMark = {
  pending: false,
  start() {
    performance.mark('filter-start');
    this.pending = true;
  },
  end() {
    if (!this.pending) return;
    this.pending = false;
    performance.mark('filter-end');
    performance.measure('filter', 'filter-start', 'filter-end');
  },
};

export function useListState() {
  const [state, setState] = useState<ListState>(loadListState);
  const update = useCallback((patch: Partial<ListState>) => {
    filterMark.start();
    setState((s) => {
      const next = { ...s, ...patch };
      sessionStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  const setFilter = useCallback((patch: Partial<ListFilter>) => {
    filterMark.start();
    setState((s) => {
      const next = { ...s, filter: { ...s.filter, ...patch } };
      sessionStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return { state, update, setFilter };
}

/** The row to focus when the list is shown again (the one last opened). */
export const lastOpened = {
  get: () => sessionStorage.getItem('plan-desk.last-opened'),
  set: (id: string) => sessionStorage.setItem('plan-desk.last-opened', id),
};

/** Set by Ctrl+F on another screen: the list focuses its search box when it mounts. */
export const focusSearchRequest = { pending: false };
