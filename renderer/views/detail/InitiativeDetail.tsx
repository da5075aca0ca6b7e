// One initiative's sheet, laid out like the PDF's detail sheet, with its actions and its 履歴.
import { fiscalYearsOf } from '../../../shared/domain/fiscal-year.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { MultiLine } from '../../components/MultiLine.tsx';
import { YearsTable } from '../../components/YearsTable.tsx';
import { sourcePlanText } from '../../../shared/revisions/field-text.ts';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';
import { InitiativeHistoryPanel } from '../history/HistoryView.tsx';
import { DetailToolbar } from './DetailToolbar.tsx';
import { ReviewMarksPanel } from '../review/ReviewMarksPanel.tsx';
import { focusFieldRequest } from '../editor/InitiativeEditor.tsx';
import { navigate } from '../../app/router.ts';


export function InitiativeDetail({ param }: { param: string | null }) {
  const { plan, initiatives, reload } = usePlan();
  useAppShortcuts();
  const it = initiatives.find((i) => i.id === param);
  if (!plan || !it) return <p role="alert">取組が見つかりません。一覧から選び直してください。</p>;
  const years = fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear);
  const era = plan.plan.eraStyle;
  const policy = plan.policies.find((p) => p.code === it.policy);
  return (
    <>
    <DetailToolbar it={it} readOnly={plan.readOnly} />
    <ReviewMarksPanel stored={it} readOnly={plan.readOnly} onCleared={reload}
      onGoTo={(f) => { focusFieldRequest.path = f; navigate('edit', it.id); }} />
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
      <YearsTable it={it} years={years} era={era} />
    </article>
    <InitiativeHistoryPanel id={it.id} />
    </>
  );
}
