// One group of the list ((1)重点取組事項 or (2)取組事項): sortable columns, rows drawn in chunks
// (more as the end scrolls into view) so that 1,000 initiatives stay smooth.
import { memo, useEffect, useRef, useState } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import type { SortDir, SortKey } from '../../../shared/editing/filters.ts';
import type { ResultStatus } from '../../../shared/editing/result-status.ts';
import { matchPlaces } from '../../../shared/editing/search-match.ts';
import { liveMarks, markFieldLabel } from '../../../shared/domain/review-marks.ts';

const FIRST_CHUNK = 150;
const NEXT_CHUNK = 300;

/** The 実績 status columns: one per fiscal year of the plan, and how each cell is worked out. */
export interface StatusColumns { years: number[]; label: (y: number) => string; status: (it: InitiativeView, y: number) => ResultStatus }

const STATUS_CLASS: Record<ResultStatus, string> = { '記入済': 'done', '未記入': 'missing', '要確認': 'review', '—': 'later' };

const Row = memo(function Row({ it, policyName, onOpen, status, query, marks }: {
  it: InitiativeView; policyName: string; onOpen: (id: string) => void; status: StatusColumns; query: string; marks: boolean;
}) {
  const places = query ? matchPlaces(it, query) : [];
  // Under 「要確認あり」: which fields of the row need checking, without opening it.
  const marked = marks ? liveMarks(it) : [];
  return (
    <tr data-no={it.no} data-id={it.id} tabIndex={-1} onClick={() => onOpen(it.id)}>
      <td className="num">{it.no}</td>
      <td>方針{it.policy} {policyName}</td>
      <td className="mark">{it.isNew ? '○' : ''}</td>
      <td className="mark">{it.isExpanded ? '○' : ''}</td>
      <td><a href={`#/initiative/${encodeURIComponent(it.id)}`} tabIndex={-1} onClick={(e) => e.stopPropagation()}>{it.title}</a>
        {places.map((p) => (
          <div key={p.label} className="match-place">一致: <span className="match-field">{p.label}</span> {p.before}<mark>{p.hit}</mark>{p.after}</div>
        ))}
        {marked.length > 0 && (
          <div className="review-place">要確認: {marked.map((m) => markFieldLabel(it, m.field)).join('、')}</div>
        )}
      </td>
      <td>{it.departments.map((d) => <div key={d}>{d}</div>)}</td>
      <td>{it.sourcePlans.map((s, i) => <div key={i}>{s.name}</div>)}</td>
      {status.years.map((y) => {
        const st = status.status(it, y);
        return <td key={y} className={`result-status ${STATUS_CLASS[st]}`} data-fiscal-year={y}>{st}</td>;
      })}
    </tr>
  );
});

const COLUMNS: { label: string; key?: SortKey }[] = [
  { label: 'No.', key: 'no' }, { label: '区分', key: 'policy' }, { label: '新規' }, { label: '拡大/拡充' },
  { label: '取組内容', key: 'title' }, { label: '実施課', key: 'department' }, { label: '備考' },
];

export function InitiativeTable({ caption, items, total, policyName, sort, dir, onSort, onOpen, onKeyDown, status, query, marks = false }: {
  caption: string; items: InitiativeView[]; total: number; policyName: (c: number) => string; status: StatusColumns; query: string;
  /** Name the 要確認 fields of each row (the 「要確認あり」 filter is on). */
  marks?: boolean;
  sort: SortKey; dir: SortDir; onSort: (k: SortKey) => void; onOpen: (id: string) => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLTableSectionElement>) => void;
}) {
  const [limit, setLimit] = useState(FIRST_CHUNK);
  const sentinel = useRef<HTMLTableRowElement>(null);
  useEffect(() => setLimit(FIRST_CHUNK), [items]);
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const io = new IntersectionObserver((es) => { if (es.some((e) => e.isIntersecting)) setLimit((n) => n + NEXT_CHUNK); }, { rootMargin: '600px' });
    io.observe(el);
    return () => io.disconnect();
  }, [limit, items]);
  const shown = items.length > limit ? items.slice(0, limit) : items;
  const headId = `group-${caption}`;
  return (
    <section className="list-group" aria-labelledby={headId}>
      <h2 id={headId}>{caption}<span className="count">{items.length === total ? `${total}件` : `${items.length}件 / ${total}件中`}</span></h2>
      {items.length === 0 ? <p className="empty">条件に合う取組はありません。</p> : (
        <table className="initiative-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" aria-sort={c.key && c.key === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {c.key ? (
                    <button type="button" className="sort" onClick={() => onSort(c.key!)} title={`${c.label}で並べ替え`}>
                      {c.label}{c.key === sort ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </button>
                  ) : c.label}
                </th>
              ))}
              {status.years.map((y) => <th key={y} scope="col" className="result-status-head" title={`${status.label(y)}の実績: 記入済 / 未記入 / 要確認`}>実績<br />{status.label(y)}</th>)}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {shown.map((it) => <Row key={it.id} it={it} policyName={policyName(it.policy)} onOpen={onOpen} status={status} query={query} marks={marks} />)}
            {items.length > limit && (
              <tr ref={sentinel} className="more" aria-hidden="true"><td colSpan={7 + status.years.length}>続きを読み込み中…({items.length - limit}件)</td></tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
