// 「改定版・新旧対照表」: plan periods, frozen revisions, the compare picker and the 確定 form.
import { useCallback, useEffect, useState } from 'react';
import type { PlanPeriodInfo, RevisionInfo } from '../../../shared/revisions/types.ts';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.ts';
import { ComparePicker } from './ComparePicker.tsx';
import { FreezeForm } from './FreezeForm.tsx';
import { PeriodStartForm } from './PeriodStartForm.tsx';
import { PdfButton } from './PdfButton.tsx';
import { openCompare, WORKING } from './routes.ts';
import { RevisionStyles } from './styles.tsx';
import { formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';

const period = (a: number, b: number) => `${formatFiscalYear(a)}〜${formatFiscalYear(b)}`;

function PlanPeriods({ plans }: { plans: PlanPeriodInfo[] }) {
  return (
    <table className="rev-table" aria-label="計画期間">
      <thead><tr><th>計画期間</th><th>計画の名称</th><th>版</th><th>状態</th><th>取組</th><th>操作</th></tr></thead>
      <tbody>
        {plans.map((p) => (
          <tr key={p.planId} data-plan-id={p.planId}>
            <td>{period(p.firstFiscalYear, p.lastFiscalYear)}</td>
            <td>{p.title}</td>
            <td>{p.edition}</td>
            <td>{p.isCurrent ? <span className="current">現在の計画</span> : p.readOnly ? '終了(読み取り専用)' : ''}</td>
            <td className="num">{p.initiatives}件</td>
            <td className="actions">
              {!p.isCurrent && <button type="button" onClick={() => navigate('plan-period', String(p.planId))}>表示</button>}
              <PdfButton kind={{ planId: p.planId }} label="PDF" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RevisionTable({ revisions }: { revisions: RevisionInfo[] }) {
  if (revisions.length === 0) return <p>確定済みの改定版はまだありません。</p>;
  return (
    <table className="rev-table" aria-label="改定版の一覧">
      <thead><tr><th>改定版</th><th>日付</th><th>区分</th><th>改定内容</th><th>計画期間</th><th>操作</th></tr></thead>
      <tbody>
        {revisions.map((r) => r.damaged ? (
          // Its snapshot does not read: say so in the row, offer nothing that would open it.
          <tr key={r.label} data-label={r.label} data-damaged="true" className="damaged">
            <td>{r.label}</td>
            <td className="num">{r.date}</td>
            <td className="mark"><span className="damaged-mark">破損</span></td>
            <td colSpan={2}>この改定版の保存内容が壊れていて開けません。ほかの改定版と作業中の計画はそのまま使えます。
              この改定版が必要なら、壊れる前のバックアップから復元してください(ヘルプにデータベースの場所があります)。</td>
            <td className="actions" />
          </tr>
        ) : (
          <tr key={r.label} data-label={r.label}>
            <td>{r.label}</td>
            <td className="num">{r.date}</td>
            <td className="mark">{r.kind}</td>
            <td>{r.summary.map((s, i) => <div key={i}>{s}</div>)}</td>
            <td>{period(r.firstFiscalYear, r.lastFiscalYear)}{r.isCurrentPlan ? '' : '(終了)'}</td>
            <td className="actions">
              <button type="button" onClick={() => navigate('revision', r.label)}>表示</button>
              <PdfButton kind={{ revision: r.label }} label="PDF" />
              {r.isCurrentPlan && <button type="button" onClick={() => openCompare(r.label, WORKING)}>作業中と比較</button>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RevisionsView() {
  const [revisions, setRevisions] = useState<RevisionInfo[] | null>(null);
  const [plans, setPlans] = useState<PlanPeriodInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Each message is shown beside the form that caused it, where the eye is.
  const [message, setMessage] = useState<{ where: 'period' | 'freeze'; text: string } | null>(null);
  const load = useCallback(async () => {
    const [r, p] = await Promise.all([api.listRevisions({}), api.listPlans({})]);
    if (!r.ok) return setError(r.error.message);
    if (!p.ok) return setError(p.error.message);
    setError(null);
    setRevisions(r.value);
    setPlans(p.value);
  }, []);
  useEffect(() => void load(), [load]);

  const done = async (where: 'period' | 'freeze', text: string) => {
    setMessage({ where, text });
    await load();
  };
  const shown = (where: 'period' | 'freeze') => message?.where === where && (
    <p role="status" className="done" ref={(el) => el?.scrollIntoView({ block: 'nearest' })}>{message.text}</p>
  );

  return (
    <div className="rev">
      <RevisionStyles />
      {error && <p role="alert" className="error">{error}</p>}
      <h2>計画期間</h2>
      <PlanPeriods plans={plans} />
      <PeriodStartForm onStarted={(title) => done('period', `新しい計画期間の計画「${title}」を開始しました。前の計画は読み取り専用になりました。`)} />
      {shown('period')}
      <h2>改定版</h2>
      {revisions && <RevisionTable revisions={revisions} />}
      <h2>新旧対照表</h2>
      {/* Keyed by the newest revision: after a freeze, 改正前 starts from the one just frozen. */}
      {revisions && <ComparePicker key={revisions[0]?.label ?? ''} revisions={revisions.filter((r) => !r.damaged)} />}
      <h2>改定版を確定</h2>
      {revisions && (
        <FreezeForm usedLabels={revisions.map((r) => r.label)} onRefused={() => void load()}
          onFrozen={(label) => done('freeze', `改定版「${label}」を確定しました。上の「改定版」の表に加わりました。`)} />
      )}
      {shown('freeze')}
    </div>
  );
}
