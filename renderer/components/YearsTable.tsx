// The lower half of a detail sheet, as the PDF draws it: 活動内容 | 計画/実績 | one column per
// fiscal year, the 計画 row with its arrows and the 実績 row with each year's results.
import type { EraStyle, Initiative } from '../../shared/domain/schema.ts';
import { formatFiscalYear } from '../../shared/domain/fiscal-year.ts';
import { MultiLine } from './MultiLine.tsx';
import { ScheduleGrid } from './ScheduleGrid.tsx';

export function YearsTable({ it, years, era }: { it: Pick<Initiative, 'activity' | 'schedule' | 'results'>; years: number[]; era: EraStyle }) {
  return (
    <table className="sheet-table years">
      <colgroup><col style={{ width: '22%' }} /><col style={{ width: '3.5em' }} />{years.map((y) => <col key={y} />)}</colgroup>
      <thead>
        <tr><th>活動内容</th><th aria-label="計画/実績" />{years.map((y) => <th key={y} scope="col">{formatFiscalYear(y, era)}</th>)}</tr>
      </thead>
      <tbody>
        <tr>
          <td rowSpan={2}><MultiLine text={it.activity} /></td>
          <th scope="row">計画</th>
          <td colSpan={years.length} className="schedule-cell"><ScheduleGrid years={years} bars={it.schedule} /></td>
        </tr>
        <tr>
          <th scope="row">実績</th>
          {years.map((y) => (
            <td key={y} className="result" data-fiscal-year={y}><MultiLine text={it.results.find((r) => r.fiscalYear === y)?.text ?? ''} /></td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
