// Editing the merged 計画 of a review item: one row per bar (内容, 開始年度, 終了年度, 段).
import { useState } from 'react';
import type { ScheduleBar } from '../../../shared/domain/schema.ts';
import { fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { usePlan } from '../../app/plan-context.tsx';

export function BarsEditor({ initial, onSave, onCancel }: { initial: ScheduleBar[]; onSave: (bars: ScheduleBar[]) => void; onCancel: () => void }) {
  const { plan } = usePlan();
  const years = plan ? fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear) : [];
  const [rows, setRows] = useState(() => initial.map((b) => ({ ...b })));
  const set = (i: number, patch: Partial<ScheduleBar>) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const yearSelect = (i: number, key: 'from' | 'to', label: string) => (
    <select aria-label={label} value={rows[i]![key]} onChange={(e) => set(i, { [key]: Number(e.target.value) })}>
      {years.map((y) => <option key={y} value={y}>{formatFiscalYear(y)}</option>)}
    </select>
  );
  return (
    <div>
      <table className="bars-editor" aria-label="計画の編集">
        <thead><tr><th>内容</th><th>開始年度</th><th>終了年度</th><th>段</th><th /></tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td><input type="text" aria-label={`${i + 1}行目の内容`} value={r.label} onChange={(e) => set(i, { label: e.target.value })} /></td>
              <td>{yearSelect(i, 'from', `${i + 1}行目の開始年度`)}</td>
              <td>{yearSelect(i, 'to', `${i + 1}行目の終了年度`)}</td>
              <td><input type="number" min={1} max={50} aria-label={`${i + 1}行目の段`} value={r.lane + 1} onChange={(e) => set(i, { lane: Math.max(0, Number(e.target.value) - 1) })} style={{ width: '4em' }} /></td>
              <td><button type="button" onClick={() => setRows((rs) => rs.filter((_, k) => k !== i))}>削除</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={() => setRows((rs) => [...rs, { label: '', from: years.at(-1) ?? 2025, to: years.at(-1) ?? 2025, lane: Math.max(0, ...rs.map((b) => b.lane + 1)) }])}>行を追加</button>
        <button type="button" className="primary" onClick={() => onSave(rows)}>この計画で採用</button>
        <button type="button" onClick={onCancel}>やめる</button>
      </div>
    </div>
  );
}
