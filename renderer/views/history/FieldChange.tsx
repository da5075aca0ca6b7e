// One field's change in the 変更履歴, as what changed: 実績 by fiscal year, 計画 by bar, texts by
// passage (removed struck through, added underlined), with the whole old and new value one click
// away. Short values (flags, numbers, names) read as 「前 → 後」.
import type { HistoryEntry } from '../../../shared/editing/api-types.ts';
import type { Result, ReviewMark, ScheduleBar } from '../../../shared/domain/schema.ts';
import { formatValue, markName } from '../../../shared/editing/field-labels.ts';
import { diffText } from '../../../shared/revisions/text-diff.ts';

function Passage({ before, after }: { before: string; after: string }) {
  const parts = diffText(before, after);
  if (parts.length === 0) return <span className="plain">(空欄)</span>;
  return <>{parts.map((p, i) => (p.kind === 'added' ? <ins key={i}>{p.text}</ins> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}</>;
}

const asResults = (v: unknown): Result[] => (Array.isArray(v) ? v as Result[] : []);
const asBars = (v: unknown): ScheduleBar[] => (Array.isArray(v) ? v as ScheduleBar[] : []);
const barLine = (b: ScheduleBar) => `[段${b.lane + 1}] ${b.label} ${b.from}〜${b.to}年度`;

function ResultsChange({ before, after }: { before: Result[]; after: Result[] }) {
  const years = [...new Set([...before, ...after].map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const text = (list: Result[], y: number) => list.find((r) => r.fiscalYear === y)?.text ?? '';
  const changed = years.filter((y) => text(before, y) !== text(after, y));
  return (
    <ul className="change-list">
      {changed.map((y) => (
        <li key={y} data-fiscal-year={y}><span className="change-key">{y}年度</span>
          {text(before, y) === '' ? <span className="change-kind">(記入)</span> : text(after, y) === '' ? <span className="change-kind">(削除)</span> : null}
          <span className="multiline"><Passage before={text(before, y)} after={text(after, y)} /></span></li>
      ))}
    </ul>
  );
}

function ScheduleChange({ before, after }: { before: ScheduleBar[]; after: ScheduleBar[] }) {
  const was = new Set(before.map(barLine));
  const now = new Set(after.map(barLine));
  return (
    <ul className="change-list">
      {before.map(barLine).filter((l) => !now.has(l)).map((l) => <li key={`-${l}`}><span className="change-kind">削除</span><del>{l}</del></li>)}
      {after.map(barLine).filter((l) => !was.has(l)).map((l) => <li key={`+${l}`}><span className="change-kind">追加</span><ins>{l}</ins></li>)}
      {before.length === after.length && [...was].every((l) => now.has(l)) && <li>バーの順番だけが変わりました</li>}
    </ul>
  );
}

const asMarks = (v: unknown): ReviewMark[] => (Array.isArray(v) ? v as ReviewMark[] : []);

/** 要確認 marks by the field they sit on: which went (確認済み, or the text changed) and which came. */
function MarksChange({ before, after }: { before: ReviewMark[]; after: ReviewMark[] }) {
  const key = (m: ReviewMark) => `${m.field}\u0000${m.text}`;
  const was = new Set(before.map(key));
  const now = new Set(after.map(key));
  return (
    <ul className="change-list">
      {before.filter((m) => !now.has(key(m))).map((m) => <li key={`-${key(m)}`}><span className="change-kind">外れた要確認</span>{markName(m)}</li>)}
      {after.filter((m) => !was.has(key(m))).map((m) => <li key={`+${key(m)}`}><span className="change-kind">付いた要確認</span>{markName(m)}</li>)}
    </ul>
  );
}

export function FieldChange({ e }: { e: HistoryEntry }) {
  let what;
  if (e.field === 'results') what = <ResultsChange before={asResults(e.oldValue)} after={asResults(e.newValue)} />;
  else if (e.field === 'schedule') what = <ScheduleChange before={asBars(e.oldValue)} after={asBars(e.newValue)} />;
  else if (e.field === 'reviewMarks') what = <MarksChange before={asMarks(e.oldValue)} after={asMarks(e.newValue)} />;
  else if (typeof e.oldValue === 'string' && typeof e.newValue === 'string') what = <span className="multiline"><Passage before={e.oldValue} after={e.newValue} /></span>;
  else what = <span>{formatValue(e.field, e.oldValue, 120)} → {formatValue(e.field, e.newValue, 120)}</span>;
  const old = formatValue(e.field, e.oldValue, 20000);
  const neu = formatValue(e.field, e.newValue, 20000);
  return (
    <>
      <div className="field-change">{what}</div>
      {(old.length > 60 || neu.length > 60 || e.field === 'results' || e.field === 'schedule') && (
        <details className="whole-value">
          <summary>変更前・変更後の全体</summary>
          <div className="whole-pair">
            <div className="old"><div className="hint">変更前</div><div className="multiline">{old}</div></div>
            <div className="new"><div className="hint">変更後</div><div className="multiline">{neu}</div></div>
          </div>
        </details>
      )}
    </>
  );
}
