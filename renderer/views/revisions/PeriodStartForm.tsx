// 「新しい計画期間を開始」: the new years, the initiatives that continue, a preview of the new title.
import { useMemo, useState, type FormEvent } from 'react';
import { retitleForPeriod } from '../../../shared/revisions/period.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { localToday } from './dates.ts';

export function PeriodStartForm({ onStarted }: { onStarted: (title: string) => void }) {
  const { plan, initiatives, reload } = usePlan();
  const [open, setOpen] = useState(false);
  const lastFy = plan?.plan.lastFiscalYear ?? 2026;
  const span = plan ? plan.plan.lastFiscalYear - plan.plan.firstFiscalYear : 2;
  const [first, setFirst] = useState(lastFy + 1);
  const [last, setLast] = useState(lastFy + 1 + span);
  const [date, setDate] = useState(() => localToday());
  const [unchecked, setUnchecked] = useState<Set<number>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = useMemo(() => plan ? retitleForPeriod(plan.plan.title, { first: plan.plan.firstFiscalYear, last: plan.plan.lastFiscalYear }, { first, last }) : '', [plan, first, last]);
  if (!plan || plan.readOnly) return null;
  if (!open) return <p><button type="button" onClick={() => setOpen(true)}>新しい計画期間を開始…</button></p>;

  const keep = initiatives.filter((i) => !unchecked.has(i.no)).map((i) => i.no);
  const toggle = (no: number) => {
    setConfirming(false);
    setUnchecked((s) => { const n = new Set(s); if (n.has(no)) n.delete(no); else n.add(no); return n; });
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!confirming) return setConfirming(true);
    setBusy(true);
    const r = await api.startPeriod({ firstFiscalYear: first, lastFiscalYear: last, continueNos: keep, establishedOn: date });
    setBusy(false);
    setConfirming(false);
    if (!r.ok) return setError(r.error.message);
    setOpen(false);
    await reload();
    onStarted(r.value.title);
  };
  const year = (v: string) => Number.parseInt(v, 10) || 0;

  return (
    <form className="rev-form" onSubmit={submit} aria-label="新しい計画期間を開始">
      <label htmlFor="period-first">開始年度</label>
      <input id="period-first" type="number" value={first} onChange={(e) => { setFirst(year(e.target.value)); setConfirming(false); }} />
      <label htmlFor="period-last">終了年度</label>
      <input id="period-last" type="number" value={last} onChange={(e) => { setLast(year(e.target.value)); setConfirming(false); }} />
      <label htmlFor="period-date">作成日</label>
      <input id="period-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <div className="hint">仮の策定日です。新しい計画の初版を確定すると、その日付になります。</div>
      <label>新しい名称</label>
      <div data-testid="period-title">{title}</div>
      <label>引き継ぐ取組</label>
      <div>
        <div className="rev-checks">
          {initiatives.map((i) => (
            <label key={i.id}>
              <input type="checkbox" checked={!unchecked.has(i.no)} onChange={() => toggle(i.no)} /> No.{i.no} {i.title}
            </label>
          ))}
        </div>
        <div>{keep.length} / {initiatives.length} 件を引き継ぎます(番号は振り直します)。</div>
      </div>
      <div className="notice" style={{ gridColumn: '1 / -1' }}>
        引き継ぐのは取組の文章(取組内容・目的・活動内容・実施課・関連計画)です。前の計画期間の計画バー(矢印)と実績は引き継がず、
        新規・拡大/拡充の印も外れます。新しい年度で計画し直してください。開始すると、今の計画({plan.plan.firstFiscalYear}〜{plan.plan.lastFiscalYear}年度)は
        読み取り専用になります(表示と印刷はできます)。
      </div>
      <div className="buttons">
        {confirming && <span role="status">{first}〜{last}年度の計画を開始します。よろしければもう一度押してください。</span>}
        <button type="submit" className="primary" disabled={busy}>{confirming ? '開始する' : '新しい計画期間を開始'}</button>
        <button type="button" onClick={() => { setOpen(false); setConfirming(false); }}>やめる</button>
      </div>
      {error && <p role="alert" className="error" style={{ gridColumn: '1 / -1' }}>{error}</p>}
    </form>
  );
}
