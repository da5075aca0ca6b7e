// 関連計画 (備考): the plan's name and its reference (項番), in order.
import type { FieldIssue } from '../../../shared/domain/issues.ts';
import type { SourcePlan } from '../../../shared/domain/schema.ts';
import { issuesAt } from '../../../shared/editing/validate.ts';
import { ListControls, moveItem } from './ListControls.tsx';

export function SourcePlansEditor({ value, known, onChange, issues }: {
  value: SourcePlan[]; known: string[]; onChange: (v: SourcePlan[]) => void; issues: FieldIssue[];
}) {
  const set = (i: number, patch: Partial<SourcePlan>) => onChange(value.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="editor-section sources" data-field="sourcePlans" tabIndex={-1}>
      <legend>関連計画(備考)</legend>
      {value.length === 0 && <p className="hint">関連計画はありません。</p>}
      <ol className="ordered">
        {value.map((s, i) => {
          const errs = issuesAt(issues, `sourcePlans[${i}]`);
          return (
            <li key={i} className={errs.length ? 'invalid' : ''}>
              <label htmlFor={`ed-src-${i}`}>計画名</label>
              <input id={`ed-src-${i}`} data-field={`sourcePlans[${i}].name`} list="ed-src-known" value={s.name} onChange={(e) => set(i, { name: e.target.value })} />
              <label htmlFor={`ed-src-ref-${i}`}>項番</label>
              <input id={`ed-src-ref-${i}`} className="narrow" value={s.ref ?? ''} placeholder="例: 08-01" onChange={(e) => set(i, { ref: e.target.value === '' ? null : e.target.value })} />
              <ListControls index={i} count={value.length} what={`関連計画「${s.name}」`} onMove={(m) => onChange(moveItem(value, i, m))} onRemove={() => onChange(value.filter((_, k) => k !== i))} />
              {errs.length > 0 && <ul className="field-errors" role="alert">{errs.map((x, k) => <li key={k}>{x.message}</li>)}</ul>}
            </li>
          );
        })}
      </ol>
      <datalist id="ed-src-known">{known.map((k) => <option key={k} value={k} />)}</datalist>
      <button type="button" onClick={() => onChange([...value, { name: '', ref: null }])}>関連計画を追加</button>
    </fieldset>
  );
}
