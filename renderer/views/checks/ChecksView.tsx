// 点検: what is missing or inconsistent before printing, as of a chosen fiscal year. Each finding
// names the initiative and the field, and opens the editor at that field; they are grouped by rule
// and by 課 with counts, and can be narrowed to one 課 (#/checks/<課>: the dashboard's 課別の要確認 links here).
import './checks.css';
import { useEffect, useMemo, useState } from 'react';
import type { CheckReport } from '../../../shared/checks/types.ts';
import { currentFiscalYear, fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { replaceRoute } from '../../app/router.ts';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';
import { FindingGroups } from './FindingGroups.tsx';
import { departmentCounts, findingsOfDepartment, groupFindings } from './group-findings.ts';

export function ChecksView({ param = null }: { param?: string | null }) {
  const { plan, initiatives } = usePlan();
  const [asOf, setAsOf] = useState(() => currentFiscalYear());
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dept, setDept] = useState(param ?? '');
  useEffect(() => setDept(param ?? ''), [param]);
  useAppShortcuts();
  const byId = useMemo(() => new Map(initiatives.map((i) => [i.id, i])), [initiatives]);
  const shown = useMemo(() => (report ? findingsOfDepartment(report.findings, byId, dept) : []), [report, byId, dept]);
  const groups = useMemo(() => groupFindings(shown, byId, plan?.departments.map((d) => d.name) ?? [], dept), [shown, byId, plan, dept]);
  // Every 課 that has a finding, for the filter (with how many findings are listed under it).
  const deptCounts = useMemo(() => {
    const counts = departmentCounts(report?.findings ?? [], byId);
    // A 課 asked for by the link keeps its place in the list even with nothing left to show.
    return dept !== '' && !counts.some(([d]) => d === dept) ? [...counts, [dept, 0] as [string, number]] : counts;
  }, [report, byId, dept]);
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
        <label htmlFor="checks-dept">課で絞り込む</label>
        <select id="checks-dept" value={dept} onChange={(e) => { setDept(e.target.value); replaceRoute('checks', e.target.value || undefined); }}>
          <option value="">すべての課</option>
          {deptCounts.map(([d, n]) => <option key={d} value={d}>{d}({n}件)</option>)}
        </select>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {report && (
        <>
          <p className="check-summary" role="status">
            エラー <strong>{report.errors}</strong> 件、注意 <strong>{report.warnings}</strong> 件
            {report.errors === 0 && report.warnings === 0 && '(問題は見つかりませんでした)'}
          </p>
          {dept && <p className="hint">「{dept}」が実施課に入っている取組の {shown.length}件を表示しています(ほかの課と共同の取組も含みます)。</p>}
          <FindingGroups groups={groups} />
          {report.findings.length > 2000 && <p className="hint">…ほか {report.findings.length - 2000} 件(コマンド `plan-desk check` で全件を出力できます)</p>}
        </>
      )}
    </div>
  );
}
