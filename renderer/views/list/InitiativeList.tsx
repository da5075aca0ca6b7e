// 取組一覧: (1) 重点取組事項 and (2) 取組事項 as in the published list, with filters, free-text
// search, sorting and counts. Arrow keys move between rows, Enter opens, Ctrl+F searches.
import '../../components/components.css';
import './list.css';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { distinctSourcePlans, isFilterActive, type SortKey } from '../../../shared/editing/filters.ts';
import { buildSearchIndex } from '../../../shared/editing/search.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { navigate } from '../../app/router.ts';
import { isComposing } from '../../components/keyboard.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';
import { ListFilters } from './ListFilters.tsx';
import { InitiativeTable } from './InitiativeTable.tsx';
import { ListToolbar } from './ListToolbar.tsx';
import { shownInOrder } from './list-order.ts';
import { statusColumns } from './result-status-columns.ts';
import { filterMark, focusSearchRequest, lastOpened, useListState } from './use-list-state.ts';

let listReadyMarked = false;

export function InitiativeList() {
  const { plan, initiatives } = usePlan();
  const { state, update, setFilter } = useListState();
  const searchRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useAppShortcuts();
  useShortcut('find', () => { searchRef.current?.focus(); searchRef.current?.select(); });

  // Normalized once per load; each keystroke only scans these strings.
  const index = useMemo(() => buildSearchIndex(initiatives, plan?.policies ?? []), [initiatives, plan]);
  const sourcePlans = useMemo(() => distinctSourcePlans(initiatives), [initiatives]);
  const visible = useMemo(() => shownInOrder(initiatives, index, state), [initiatives, index, state]);
  const priority = useMemo(() => visible.filter((i) => i.priority), [visible]);
  const normal = useMemo(() => visible.filter((i) => !i.priority), [visible]);
  const totals = useMemo(() => ({ priority: initiatives.filter((i) => i.priority).length, all: initiatives.length }), [initiatives]);

  useEffect(() => filterMark.end(), [visible]);

  useEffect(() => {
    if (!plan) return;
    if (!listReadyMarked) {
      listReadyMarked = true;
      performance.mark('list-ready');
    }
    if (focusSearchRequest.pending) {
      focusSearchRequest.pending = false;
      searchRef.current?.focus();
      return;
    }
    const id = lastOpened.get();
    const row = id ? rootRef.current?.querySelector<HTMLElement>(`tbody tr[data-id="${CSS.escape(id)}"]`) : null;
    if (row) {
      row.tabIndex = 0;
      row.focus({ preventScroll: false });
    }
  }, [plan]);

  const open = useCallback((id: string) => {
    lastOpened.set(id);
    navigate('initiative', id);
  }, []);

  const onSort = (k: SortKey) => update({ sort: k, dir: state.sort === k && state.dir === 'asc' ? 'desc' : 'asc' });

  /** Roving focus over the rows of both groups: ↑↓ move, Home/End jump, Enter opens. */
  const onKeyDown = (e: React.KeyboardEvent<HTMLTableSectionElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-id]');
    if (!row || isComposing(e)) return;
    const rows = [...(rootRef.current?.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]') ?? [])];
    const at = rows.indexOf(row);
    const go = (i: number) => {
      const next = rows[Math.max(0, Math.min(rows.length - 1, i))];
      if (!next) return;
      e.preventDefault();
      row.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(rows.length - 1);
    else if (e.key === 'Enter') {
      e.preventDefault();
      open(row.dataset.id!);
    }
  };

  // The first row takes Tab focus when no row has it yet.
  useEffect(() => {
    const rows = rootRef.current?.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]');
    if (rows && rows.length > 0 && ![...rows].some((r) => r.tabIndex === 0)) rows[0]!.tabIndex = 0;
  });

  if (!plan) return null;
  const status = statusColumns(plan);
  const policyName = (code: number) => plan.policies.find((p) => p.code === code)?.name ?? '';
  return (
    <div className="initiative-list" ref={rootRef}>
      <ListToolbar readOnly={plan.readOnly} shown={visible} filtered={isFilterActive(state.filter)} />
      <ListFilters plan={plan} filter={state.filter} setFilter={setFilter} sourcePlans={sourcePlans} searchRef={searchRef} />
      <p className="result-count" role="status" aria-live="polite">
        {isFilterActive(state.filter) ? `${totals.all}件中 ${visible.length}件を表示` : `全${totals.all}件`}
      </p>
      <InitiativeTable caption="(1)重点取組事項" items={priority} total={totals.priority} policyName={policyName}
        sort={state.sort} dir={state.dir} onSort={onSort} onOpen={open} onKeyDown={onKeyDown} status={status} query={state.filter.query} marks={state.filter.needsReview === true} />
      <InitiativeTable caption="(2)取組事項" items={normal} total={totals.all - totals.priority} policyName={policyName}
        sort={state.sort} dir={state.dir} onSort={onSort} onOpen={open} onKeyDown={onKeyDown} status={status} query={state.filter.query} marks={state.filter.needsReview === true} />
    </div>
  );
}
