// 点検: what is missing or inconsistent before printing, as of a chosen fiscal year. Each finding
// names the initiative and the field, and opens the editor at that field.
import './checks.css';
import { useEffect, useState } from 'react';
import type { CheckReport, Finding } from '../../../shared/checks/types.ts';
import { currentFiscalYear, fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';
import { focusFieldRequest } from '../editor/InitiativeEditor.tsx';

const SEVERITY = { error: 'エラー', warning: '注意' } as const;

function FindingRow({ f }: { f: Finding }) {
  const where = f.initiativeId === null ? '計画の設定' : `No.${f.no}「${f.title}」`;
  const href = f.initiativeId === null ? '#/plan-settings' : `#/edit/${encodeURIComponent(f.initiativeId)}`;
  return (
    <tr className={`finding ${f.severity}`} data-rule={f.rule}>
      <td><span className={`severity ${f.severity}`}>{SEVERITY[f.severity]}</span></td>
      <td><a href={href} onClick={() => { focusFieldRequest.path = f.field; }}>{where}</a></td>
      <td>{f.fieldLabel}</td>
      <td>{f.message}</td>
    </tr>
  );
}

export function ChecksView() {
  const { plan, initiatives } = usePlan();
  const [asOf, setAsOf] = useState(() => currentFiscalYear());
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useAppShortcuts();
  useEffect(() => {
    void api.runChecks({ asOfFiscalYear: asOf }).then((r) => (r.ok ? setReport(r.value) : setError(r.error.message)));
  }, [asOf, initiatives]);
  if (!plan) return null;
  const years = fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear + 1);
  if (!years.includes(asOf)) years.push(asOf);
  return (
    <div className="checks-view">
      <h1>点検</h1>
      <div className="toolbar">
        <label htmlFor="checks-asof">基準の年度(これより前の年度の実績を確認します)</label>
        <select id="checks-asof" value={asOf} onChange={(e) => setAsOf(Number(e.target.value))}>
          {years.sort((a, b) => a - b).map((y) => <option key={y} value={y}>{formatFiscalYear(y, plan.plan.eraStyle)}</option>)}
        </select>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {report && (
        <>
          <p className="check-summary" role="status">
            エラー <strong>{report.errors}</strong> 件、注意 <strong>{report.warnings}</strong> 件
            {report.errors === 0 && report.warnings === 0 && '(問題は見つかりませんでした)'}
          </p>
          {report.findings.length > 0 && (
            <table className="findings">
              <thead><tr><th scope="col">重大度</th><th scope="col">取組</th><th scope="col">項目</th><th scope="col">内容</th></tr></thead>
              <tbody>{report.findings.slice(0, 2000).map((f, i) => <FindingRow key={i} f={f} />)}</tbody>
            </table>
          )}
          {report.findings.length > 2000 && <p className="hint">…ほか {report.findings.length - 2000} 件(コマンド `plan-desk check` で全件を出力できます)</p>}
        </>
      )}
    </div>
  );
}
