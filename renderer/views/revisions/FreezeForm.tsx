// 「改定版を確定」: label, date and the 改定履歴 lines; a second click confirms (freezing cannot be undone).
import { useEffect, useState, type FormEvent } from 'react';
import { liveMarks } from '../../../shared/domain/review-marks.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { localToday, suggestLabel } from './dates.ts';

/**
 * `usedLabels`: every revision's label, so that the suggested name is a free one. `onRefused`: the
 * server refused the freeze (another window froze meanwhile): the caller reads the list again.
 */
export function FreezeForm({ usedLabels, onFrozen, onRefused }: { usedLabels: readonly string[]; onFrozen: (label: string) => void; onRefused?: () => void }) {
  const { plan, initiatives, reload } = usePlan();
  const suggested = suggestLabel(new Date(), usedLabels);
  const [label, setLabel] = useState(suggested);
  const [labelTyped, setLabelTyped] = useState(false);
  // A name the coordinator has not typed follows the list (after a freeze, here or in another window).
  useEffect(() => { if (!labelTyped) setLabel(suggested); }, [suggested, labelTyped]);
  const [date, setDate] = useState(() => localToday());
  const [summary, setSummary] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!plan) return null;
  // 要確認 marks left go into the revision as they are: the coordinator is told, and asked.
  const marked = initiatives.filter((it) => liveMarks(it).length > 0);
  const marks = marked.reduce((n, it) => n + liveMarks(it).length, 0);
  if (plan.readOnly) return <p className="notice">この計画は読み取り専用のため、改定版を確定できません。</p>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!confirming) return setConfirming(true);
    setBusy(true);
    const r = await api.freezeRevision({ label, date, summary: summary.split(/\r?\n/) });
    setBusy(false);
    setConfirming(false);
    if (!r.ok) {
      setError(r.error.message);
      if (r.error.code === 'CONFLICT') onRefused?.();
      return;
    }
    setSummary('');
    setLabelTyped(false);
    await reload();
    onFrozen(r.value.label);
  };

  return (
    <form className="rev-form" onSubmit={submit} aria-label="改定版を確定">
      <label htmlFor="freeze-label">改定版の名前</label>
      <input id="freeze-label" type="text" value={label} onChange={(e) => { setLabel(e.target.value); setLabelTyped(true); setConfirming(false); }} required />
      <label htmlFor="freeze-date">改定日</label>
      <input id="freeze-date" type="date" value={date} onChange={(e) => { setDate(e.target.value); setConfirming(false); }} required />
      <label htmlFor="freeze-summary">改定内容</label>
      <textarea id="freeze-summary" value={summary} onChange={(e) => { setSummary(e.target.value); setConfirming(false); }}
        placeholder={'①令和7年度の実績を記載しました。\n②取組の計画を修正しました。'} />
      <div className="hint">1行が改定履歴の1項目になります。確定すると、今の作業中の計画がこの名前で保存され、以後変更できません。</div>
      {marks > 0 && (
        <p className="notice review-left" role="note" data-review-count={marks} style={{ gridColumn: '2' }}>
          <strong>要確認が {marks} 件</strong>残っています({marked.length}取組)。確定すると、確かめていない文(「…」を含む転記など)がそのまま改定版に入ります。
          <a href="#/checks">点検で確認する</a>
        </p>
      )}
      <div className="buttons">
        {confirming && <span role="status">「{label.trim()}」として確定します。{marks > 0 ? `要確認 ${marks} 件を残したまま確定します。` : ''}取り消せません。よろしければもう一度押してください。</span>}
        <button type="submit" className="primary" disabled={busy}>{confirming ? (marks > 0 ? '要確認を残したまま確定する' : '確定する') : '改定版を確定'}</button>
        {confirming && <button type="button" onClick={() => setConfirming(false)}>やめる</button>}
      </div>
      {error && <p role="alert" className="error" style={{ gridColumn: '1 / -1' }}>{error}</p>}
    </form>
  );
}
