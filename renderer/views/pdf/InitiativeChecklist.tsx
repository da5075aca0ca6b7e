// 選んだ取組: a checklist of the initiatives by No. and title, with a filter box and select-all/none.
import { useId, useState } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

function matches(it: InitiativeView, query: string): boolean {
  const q = norm(query);
  if (!q) return true;
  if (/^(no\.?)?\d+$/.test(q)) return String(it.no) === q.replace(/^no\.?/, '');
  return norm(`${it.title}${it.departments.join('')}`).includes(q);
}

export function InitiativeChecklist({ initiatives, selected, onChange }: {
  initiatives: InitiativeView[];
  selected: number[];
  onChange: (nos: number[]) => void;
}) {
  const [query, setQuery] = useState('');
  const id = useId();
  const shown = initiatives.filter((it) => matches(it, query));
  const chosen = new Set(selected);
  const toggle = (no: number, on: boolean) => onChange(on ? [...selected, no].sort((a, b) => a - b) : selected.filter((n) => n !== no));
  const selectShown = () => onChange([...new Set([...selected, ...shown.map((it) => it.no)])].sort((a, b) => a - b));
  return (
    <fieldset className="pdf-checklist">
      <legend>PDF にする取組</legend>
      <div className="toolbar">
        <label htmlFor={`${id}-q`}>絞り込み</label>
        <input id={`${id}-q`} type="search" value={query} placeholder="No. または取組名・課名" onChange={(e) => setQuery(e.target.value)} />
        <button type="button" onClick={selectShown} disabled={shown.length === 0}>{query ? '表示中をすべて選択' : 'すべて選択'}</button>
        <button type="button" onClick={() => onChange([])} disabled={selected.length === 0}>選択をすべて解除</button>
        <span className="count" role="status">{selected.length} / {initiatives.length} 件を選択</span>
      </div>
      <ul className="pdf-checklist-items" aria-label="取組の一覧">
        {shown.map((it) => (
          <li key={it.id}>
            <label>
              <input type="checkbox" checked={chosen.has(it.no)} onChange={(e) => toggle(it.no, e.target.checked)} />
              {' '}No.{it.no} {it.title}
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="empty">「{query}」に合う取組はありません。</li>}
      </ul>
    </fieldset>
  );
}
