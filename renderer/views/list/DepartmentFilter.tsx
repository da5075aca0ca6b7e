// The 実施課 filter: a drop-down panel of checkboxes with a search box (no Ctrl+click, every 課 in
// reach). It opens over the list, so the filter bar keeps its height; the chosen 課 show on the button.
import { useEffect, useId, useRef, useState } from 'react';
import { normalizeForSearch } from '../../../shared/editing/normalize.ts';
import { isComposing } from '../../components/keyboard.ts';

export function DepartmentFilter({ all, value, onChange }: { all: string[]; value: string[]; onChange: (v: string[]) => void }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const q = normalizeForSearch(query);
  const shown = q ? all.filter((d) => normalizeForSearch(d).includes(q)) : all;
  const chosen = new Set(value);

  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => { if (!root.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  const toggle = (d: string, on: boolean) => onChange(on ? all.filter((x) => chosen.has(x) || x === d) : value.filter((x) => x !== d));
  const summary = value.length === 0 ? 'すべて' : value.length <= 2 ? value.join('、') : `${value[0]}ほか${value.length - 1}課`;
  return (
    <div className="filter dept-filter" ref={root}
      onKeyDown={(e) => { if (e.key === 'Escape' && open && !isComposing(e)) { e.stopPropagation(); setOpen(false); } }}>
      <span className="filter-label" id={`${id}-l`}>実施課</span>
      <button type="button" className="dept-filter-button" aria-expanded={open} aria-controls={`${id}-panel`} aria-labelledby={`${id}-l ${id}-v`}
        onClick={() => setOpen(!open)}>
        <span id={`${id}-v`}>{summary}</span> ▾
      </button>
      {open && (
        <div className="dept-filter-panel" id={`${id}-panel`} role="group" aria-label="実施課で絞り込む">
          <input type="search" aria-label="課名で探す" placeholder="課名で探す" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
          <ul>
            {shown.map((d) => (
              <li key={d}><label><input type="checkbox" checked={chosen.has(d)} onChange={(e) => toggle(d, e.target.checked)} /> {d}</label></li>
            ))}
            {shown.length === 0 && <li className="empty">「{query}」に合う課はありません</li>}
          </ul>
          <div className="buttons">
            <span className="hint">{value.length}課を選択(どれかを実施課に含む取組)</span>
            <button type="button" onClick={() => onChange([])} disabled={value.length === 0}>選択を解除</button>
            <button type="button" onClick={() => setOpen(false)}>閉じる</button>
          </div>
        </div>
      )}
    </div>
  );
}
