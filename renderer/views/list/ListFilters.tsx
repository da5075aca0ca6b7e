// The list's filter bar: free text (NFKC, case and kana-width blind), 方針, 区分, 新規, 拡大/拡充,
// 実施課 (several, from a checkbox list), 関連計画, and 「実績未記入」 for a chosen fiscal year.
import type { RefObject } from 'react';
import type { PlanView } from '../../../shared/api/contract.ts';
import { emptyFilter, isFilterActive, type ListFilter, type TriState } from '../../../shared/editing/filters.ts';
import { fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { isComposing } from '../../components/keyboard.ts';
import { ReviewFilterToggle } from '../review/ReviewFilterToggle.tsx';
import { DepartmentFilter } from './DepartmentFilter.tsx';

const triLabel: Record<TriState, string> = { any: 'すべて', yes: 'あり', no: 'なし' };

function Tri({ id, label, value, onChange }: { id: string; label: string; value: TriState; onChange: (v: TriState) => void }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TriState)}>
        {(['any', 'yes', 'no'] as const).map((v) => <option key={v} value={v}>{triLabel[v]}</option>)}
      </select>
    </div>
  );
}

export function ListFilters({ plan, filter, setFilter, sourcePlans, searchRef }: {
  plan: PlanView; filter: ListFilter; setFilter: (p: Partial<ListFilter>) => void; sourcePlans: string[]; searchRef: RefObject<HTMLInputElement | null>;
}) {
  const years = fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear);
  return (
    <form className="filters" role="search" aria-label="取組の絞り込み" onSubmit={(e) => e.preventDefault()}>
      <div className="filter search">
        <label htmlFor="list-search">検索(Ctrl+F)</label>
        <input id="list-search" ref={searchRef} type="search" value={filter.query} placeholder="取組内容・課・実績など、すべての項目から"
          onChange={(e) => setFilter({ query: e.target.value })}
          onKeyDown={(e) => { if (e.key === 'Escape' && !isComposing(e)) setFilter({ query: '' }); }} />
      </div>
      <div className="filter">
        <label htmlFor="filter-policy">方針</label>
        <select id="filter-policy" value={filter.policies[0] ?? ''} onChange={(e) => setFilter({ policies: e.target.value ? [Number(e.target.value)] : [] })}>
          <option value="">すべて</option>
          {plan.policies.map((p) => <option key={p.code} value={p.code}>方針{p.code} {p.name}</option>)}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-group">区分</label>
        <select id="filter-group" value={filter.group} onChange={(e) => setFilter({ group: e.target.value as ListFilter['group'] })}>
          <option value="all">すべて</option>
          <option value="priority">重点取組事項</option>
          <option value="normal">取組事項</option>
        </select>
      </div>
      <Tri id="filter-new" label="新規" value={filter.isNew} onChange={(v) => setFilter({ isNew: v })} />
      <Tri id="filter-expanded" label="拡大/拡充" value={filter.isExpanded} onChange={(v) => setFilter({ isExpanded: v })} />
      <DepartmentFilter all={plan.departments.map((d) => d.name)} value={filter.departments} onChange={(departments) => setFilter({ departments })} />
      <div className="filter">
        <label htmlFor="filter-source">関連計画</label>
        <select id="filter-source" value={filter.sourcePlan} onChange={(e) => setFilter({ sourcePlan: e.target.value })}>
          <option value="">すべて</option>
          {sourcePlans.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-missing">実績未記入</label>
        <select id="filter-missing" value={filter.missingResultFor ?? ''} onChange={(e) => setFilter({ missingResultFor: e.target.value ? Number(e.target.value) : null })}>
          <option value="">指定なし</option>
          {years.map((y) => <option key={y} value={y}>{formatFiscalYear(y, plan.plan.eraStyle)}</option>)}
        </select>
      </div>
      <ReviewFilterToggle filter={filter} setFilter={setFilter} />
      <div className="filter">
        <button type="button" disabled={!isFilterActive(filter)} onClick={() => setFilter({ ...emptyFilter })}>条件をクリア</button>
      </div>
    </form>
  );
}
