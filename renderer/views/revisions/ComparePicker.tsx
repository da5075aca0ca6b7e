// Picks 改正前 (a revision) and 改正後 (a revision or the working copy) and opens the 新旧対照表.
import { useState } from 'react';
import type { RevisionInfo } from '../../../shared/revisions/types.ts';
import { openCompare, WORKING } from './routes.ts';

export function ComparePicker({ revisions }: { revisions: RevisionInfo[] }) {
  const [from, setFrom] = useState(revisions[0]?.label ?? '');
  const [to, setTo] = useState(WORKING);
  if (revisions.length === 0) return <p>比較できる改定版がありません。</p>;
  const same = from === to;
  return (
    <form className="rev-form" aria-label="新旧対照表を開く" onSubmit={(e) => { e.preventDefault(); if (!same) openCompare(from, to); }}>
      <label htmlFor="cmp-from">改正前</label>
      <select id="cmp-from" value={from} onChange={(e) => setFrom(e.target.value)}>
        {revisions.map((r) => <option key={r.label} value={r.label}>{r.label}({r.date})</option>)}
      </select>
      <label htmlFor="cmp-to">改正後</label>
      <select id="cmp-to" value={to} onChange={(e) => setTo(e.target.value)}>
        <option value={WORKING}>作業中の計画(未確定)</option>
        {revisions.map((r) => <option key={r.label} value={r.label}>{r.label}({r.date})</option>)}
      </select>
      <div className="buttons">
        <button type="submit" className="primary" disabled={same}>新旧対照表を表示</button>
        {same && <span role="status">改正前と改正後に別のものを選んでください。</span>}
      </div>
    </form>
  );
}
