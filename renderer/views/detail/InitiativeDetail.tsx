// One initiative's sheet, laid out like the PDF's detail sheet, with its actions and its 履歴.
import { formatFiscalYear, fiscalYearsOf } from '../../../shared/domain/fiscal-year.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { MultiLine } from '../../components/MultiLine.tsx';
import { ScheduleGrid } from '../../components/ScheduleGrid.tsx';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';
import { InitiativeHistoryPanel } from '../history/HistoryView.tsx';
import { DetailToolbar } from './DetailToolbar.tsx';

export function sourcePlanText(s: { name: string; ref: string | null }): string {
  if (!s.ref) return s.name;
  return /^[0-9]/.test(s.ref) ? `${s.name}${s.ref}` : `${s.name}(${s.ref})`;
}

export function InitiativeDetail({ param }: { param: string | null }) {
  const { plan, initiatives } = usePlan();
  useAppShortcuts();
  const it = initiatives.find((i) => i.id === param);
  if (!plan || !it) return <p role="alert">取組が見つかりません。一覧から選び直してください。</p>;
  const years = fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear);
  const era = plan.plan.eraStyle;
  const policy = plan.policies.find((p) => p.code === it.policy);
  return (
    <>
    <DetailToolbar it={it} readOnly={plan.readOnly} />
    <article className="sheet" aria-label={`No.${it.no} ${it.title}`}>
      <div className="sheet-head">
        <span>方針{it.policy} {policy?.name}</span>
        <span>{it.sourcePlans.map(sourcePlanText).join('/')}</span>
      </div>
      <table className="sheet-table">
        <colgroup><col style={{ width: '30%' }} /><col /><col style={{ width: '20%' }} /></colgroup>
        <thead><tr><th>取組内容</th><th>目的</th><th>実施課</th></tr></thead>
        <tbody>
          <tr>
            <td className="sheet-title"><span className="no">{it.no}</span> <h1>{it.title}</h1>
              <div className="flags">{it.priority && <span className="badge">重点</span>}{it.isNew && <span className="badge">新規</span>}{it.isExpanded && <span className="badge">拡大/拡充</span>}</div>
            </td>
            <td><MultiLine text={it.purpose} /></td>
            <td>{it.departments.map((d) => <div key={d}>{d}</div>)}</td>
          </tr>
        </tbody>
      </table>
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
    </article>
    <InitiativeHistoryPanel id={it.id} />
    </>
  );
}
