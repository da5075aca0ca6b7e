// 実績: one multi-line box per fiscal year of the plan (「・」 bullets kept as typed).
import type { FieldIssue } from '../../../shared/domain/issues.ts';
import type { EraStyle, Result } from '../../../shared/domain/schema.ts';
import { fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { Field, invalidProps } from '../../components/Field.tsx';

export function ResultsEditor({ value, first, last, era, onChange, issues }: {
  value: Result[]; first: number; last: number; era: EraStyle; onChange: (v: Result[]) => void; issues: FieldIssue[];
}) {
  const years = fiscalYearsOf(first, last);
  const textOf = (y: number) => value.find((r) => r.fiscalYear === y)?.text ?? '';
  const set = (y: number, text: string) => {
    const rest = value.filter((r) => r.fiscalYear !== y);
    onChange(text === '' ? rest : [...rest, { fiscalYear: y, text }].sort((a, b) => a.fiscalYear - b.fiscalYear));
  };
  const issuesFor = (y: number) => issues.filter((i) => {
    const m = /^results\[(\d+)\]/.exec(i.path);
    return m !== null && value[Number(m[1])]?.fiscalYear === y;
  });
  const outside = value.filter((r) => r.fiscalYear < first || r.fiscalYear > last);
  return (
    <fieldset className="editor-section results" data-field="results" tabIndex={-1}>
      <legend>実績</legend>
      <div className="results-grid">
        {years.map((y) => (
          <Field key={y} id={`ed-result-${y}`} label={`${formatFiscalYear(y, era)}の実績`} issues={issuesFor(y)}>
            <textarea id={`ed-result-${y}`} data-field={`results.${y}`} rows={6} value={textOf(y)} onChange={(e) => set(y, e.target.value)}
              {...invalidProps(`ed-result-${y}`, issuesFor(y))} />
          </Field>
        ))}
      </div>
      {outside.length > 0 && (
        <div role="alert" className="field-errors">
          計画期間の外の実績があります({outside.map((r) => `${r.fiscalYear}年度`).join('、')})。
          <button type="button" onClick={() => onChange(value.filter((r) => !outside.includes(r)))}>期間外の実績を削除</button>
        </div>
      )}
    </fieldset>
  );
}
