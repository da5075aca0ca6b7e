// ダッシュボード: counts by 方針 / 区分 / 新規 / 拡大, 実績 filled per fiscal year, and per 課 for a
// chosen year, so the coordinator sees at a glance who still owes results.
import '../checks/checks.css';
import { useEffect, useState } from 'react';
import type { Progress } from '../../../shared/checks/progress.ts';
import { currentFiscalYear, fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { hasResultFor, resultExpected } from '../../../shared/editing/filters.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { BarChart } from '../../components/BarChart.tsx';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';
import { ReviewByDepartment } from '../review/ReviewByDepartment.tsx';

const LEGEND: [string, string, string] = ['すべて記入済み', '記入済み(未記入が残る)', '計画のある取組の数'];

export function Dashboard() {
  const { plan, initiatives } = usePlan();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  useAppShortcuts();
  useEffect(() => {
    void api.getProgress({}).then((r) => (r.ok ? setProgress(r.value) : setError(r.error.message)));
  }, [initiatives]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!plan || !progress) return <p role="status">読み込み中…</p>;
  const era = plan.plan.eraStyle;
  const years = fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear);
  // The year to look at: the last ended one within the plan, unless chosen.
  const fy = year ?? Math.max(plan.plan.firstFiscalYear, Math.min(plan.plan.lastFiscalYear, currentFiscalYear() - 1));
  const byDept = progress.byDepartment
    .map((d) => ({ d, y: d.years.find((x) => x.fiscalYear === fy)! }))
    .filter((x) => x.y && x.y.expected > 0)
    .sort((a, b) => (b.y.expected - b.y.filled) - (a.y.expected - a.y.filled) || a.d.name.localeCompare(b.d.name, 'ja'));
  const owing = byDept.filter((x) => x.y.filled < x.y.expected);
  return (
    <div className="dashboard">
      <h1>ダッシュボード</h1>
      <div className="tiles" role="list" aria-label="件数">
        {[['取組', progress.total], ['重点取組事項', progress.priority], ['取組事項', progress.normal], ['新規', progress.isNew], ['拡大/拡充', progress.isExpanded]].map(([l, n]) => (
          <div key={l} className="tile" role="listitem"><span className="tile-n">{n}</span><span className="tile-l">{l}</span></div>
        ))}
      </div>
      <div className="charts">
        <BarChart id="chart-policy" title="方針別の取組数" rows={progress.byPolicy.map((p) => ({ label: `方針${p.code} ${p.name}`, value: p.count }))} labelWidth={220} />
        <BarChart id="chart-year" title="年度別の実績記入(記入済み / 計画のある取組)"
          rows={progress.byYear.map((y) => ({ label: formatFiscalYear(y.fiscalYear, era), value: y.filled, total: y.expected }))}
          legend={LEGEND} />
      </div>
      <section aria-labelledby="dept-progress-h">
        <h2 id="dept-progress-h">課別の実績記入</h2>
        <label htmlFor="dash-year">年度</label>{' '}
        <select id="dash-year" value={fy} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => <option key={y} value={y}>{formatFiscalYear(y, era)}</option>)}
        </select>
        <p role="status">{owing.length === 0 ? `${formatFiscalYear(fy, era)}の実績はすべて記入済みです。` : `${formatFiscalYear(fy, era)}の実績が未記入の課: ${owing.length}課`}</p>
        <BarChart id="chart-dept" title={`課別の実績記入(${formatFiscalYear(fy, era)}、未記入の多い順)`}
          rows={byDept.map(({ d, y }) => ({ label: d.name, value: y.filled, total: y.expected, note: y.filled < y.expected ? `未記入 ${y.expected - y.filled}件` : '記入済み' }))} labelWidth={200}
          legend={LEGEND} />
        {owing.length > 0 && (
          <table className="owed">
            <thead><tr><th scope="col">課</th><th scope="col">未記入の取組</th></tr></thead>
            <tbody>
              {owing.map(({ d }) => (
                <tr key={d.name}>
                  <th scope="row">{d.name}</th>
                  <td>{initiatives.filter((it) => it.departments.includes(d.name) && resultExpected(it, fy) && !hasResultFor(it, fy))
                    .map((it) => <a key={it.id} href={`#/edit/${encodeURIComponent(it.id)}`} className="chip">No.{it.no} {it.title}</a>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ReviewByDepartment initiatives={initiatives} />
    </div>
  );
}
