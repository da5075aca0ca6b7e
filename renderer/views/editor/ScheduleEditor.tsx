// 計画: bars (label, from, to, 段) with add/remove/reorder, and a live preview drawn as in the PDF.
import type { FieldIssue } from '../../../shared/domain/issues.ts';
import type { ScheduleBar } from '../../../shared/domain/schema.ts';
import { formatFiscalYear, fiscalYearsOf } from '../../../shared/domain/fiscal-year.ts';
import type { EraStyle } from '../../../shared/domain/schema.ts';
import { issuesAt } from '../../../shared/editing/validate.ts';
import { ScheduleGrid } from '../../components/ScheduleGrid.tsx';
import { ListControls, moveItem } from './ListControls.tsx';

const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v.normalize('NFKC')));

export function ScheduleEditor({ value, first, last, era, onChange, issues }: {
  value: ScheduleBar[]; first: number; last: number; era: EraStyle; onChange: (v: ScheduleBar[]) => void; issues: FieldIssue[];
}) {
  const years = fiscalYearsOf(first, last);
  const set = (i: number, patch: Partial<ScheduleBar>) => onChange(value.map((b, k) => (k === i ? { ...b, ...patch } : b)));
  const drawable = value.filter((b) => Number.isInteger(b.from) && Number.isInteger(b.to) && b.from <= b.to && b.from >= first && b.to <= last);
  const add = () => onChange([...value, { label: '', from: first, to: first, lane: value.length ? Math.max(...value.map((b) => b.lane)) + 1 : 0 }]);
  return (
    <fieldset className="editor-section schedule" data-field="schedule" tabIndex={-1}>
      <legend>計画(矢印)</legend>
      <table className="bars">
        <thead><tr><th scope="col">段</th><th scope="col">項目名</th><th scope="col">開始年度</th><th scope="col">終了年度</th><th scope="col"><span className="sr-only">操作</span></th></tr></thead>
        <tbody>
          {value.map((b, i) => {
            const errs = issuesAt(issues, `schedule[${i}]`);
            const n = i + 1;
            return (
              <tr key={i} className={errs.length ? 'invalid' : ''} data-bar={i}>
                <td><input type="number" min={1} max={50} className="tiny" aria-label={`${n}本目の段`} data-field={`schedule[${i}].lane`}
                  value={b.lane + 1} onChange={(e) => set(i, { lane: Math.max(0, (num(e.target.value) || 1) - 1) })} /></td>
                <td><input type="text" aria-label={`${n}本目の項目名`} data-field={`schedule[${i}].label`} value={b.label} onChange={(e) => set(i, { label: e.target.value })} /></td>
                <td><input type="number" className="year" aria-label={`${n}本目の開始年度`} data-field={`schedule[${i}].from`} min={first} max={last}
                  value={Number.isNaN(b.from) ? '' : b.from} onChange={(e) => set(i, { from: num(e.target.value) })} aria-invalid={errs.length > 0 || undefined} /></td>
                <td><input type="number" className="year" aria-label={`${n}本目の終了年度`} data-field={`schedule[${i}].to`} min={first} max={last}
                  value={Number.isNaN(b.to) ? '' : b.to} onChange={(e) => set(i, { to: num(e.target.value) })} aria-invalid={errs.length > 0 || undefined} /></td>
                <td>
                  <ListControls index={i} count={value.length} what={`${n}本目の計画`} onMove={(m) => onChange(moveItem(value, i, m))} onRemove={() => onChange(value.filter((_, k) => k !== i))} />
                  {errs.length > 0 && <ul className="field-errors" role="alert">{errs.map((x, k) => <li key={k}>{x.message}</li>)}</ul>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={add}>計画を追加</button>
      <p className="hint">年度は西暦で入力します(計画期間: {first}〜{last}年度)。同じ段の矢印は年度が重ならないようにしてください。</p>
      <div className="preview" aria-label="計画のプレビュー">
        <table className="sheet-table years preview-table">
          <thead><tr>{years.map((y) => <th key={y} scope="col">{formatFiscalYear(y, era)}</th>)}</tr></thead>
          <tbody><tr><td colSpan={years.length} className="schedule-cell"><ScheduleGrid years={years} bars={drawable} /></td></tr></tbody>
        </table>
      </div>
    </fieldset>
  );
}
