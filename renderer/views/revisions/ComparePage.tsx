// The 新旧対照表 on screen: per changed initiative and field, 改正後 on the left and 改正前 on the
// right (as printed), changed passages underlined; unchanged initiatives are only counted.
import { useEffect, useState } from 'react';
import type { FieldChange, InitiativeChange } from '../../../shared/revisions/compare.ts';
import { sideOf } from '../../../shared/diff/segment.ts';
import { renumberRuns, runCells } from '../../../shared/revisions/renumber-runs.ts';
import type { RevisionComparison } from '../../../shared/revisions/types.ts';
import { api } from '../../api/client.ts';
import { PdfButton } from './PdfButton.tsx';
import { parseCompareParam } from './routes.ts';
import { RevisionStyles } from './styles.tsx';

const KIND = { added: '追加', deleted: '削除', changed: '変更' } as const;

function Side({ field, side }: { field: FieldChange; side: 'before' | 'after' }) {
  const parts = sideOf(field.segments, side);
  if (parts.length === 0) return <td className="none">―</td>;
  return <td>{parts.map((p, i) => (p.changed ? <u key={i} className="chg">{p.text}</u> : <span key={i}>{p.text}</span>))}</td>;
}

function FieldRows({ fields }: { fields: FieldChange[] }) {
  return (
    <table className="cmp-table">
      <thead><tr><th className="cmp-label">項目</th><th>改正後</th><th>改正前</th></tr></thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.key} data-field={f.key}>
            <th scope="row" className="cmp-label">{f.label}{f.note && <span className="cmp-note">{f.note}</span>}</th>
            <Side field={f} side="after" />
            <Side field={f} side="before" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every renumbering once: consecutive Nos. moved by the same amount are one row. */
function Renumbering({ c }: { c: RevisionComparison }) {
  if (c.renumbered.length === 0) return null;
  return (
    <section className="cmp-item" data-kind="renumbered" aria-label="No. の変更">
      <h3>No. の変更<span className="cmp-kind changed">{c.renumbered.length} 件</span></h3>
      <table className="cmp-table">
        <thead><tr><th className="cmp-label">改正後</th><th className="cmp-label">改正前</th><th>取組内容</th></tr></thead>
        <tbody>
          {renumberRuns(c.renumbered).map((r) => {
            const x = runCells(r);
            return <tr key={r.afterFrom}><td className="cmp-label">{x.after}</td><td className="cmp-label">{x.before}</td><td>{x.titles}</td></tr>;
          })}
        </tbody>
      </table>
    </section>
  );
}

function Item({ it }: { it: InitiativeChange }) {
  const no = it.kind === 'deleted' ? it.beforeNo : it.afterNo;
  const renumbered = it.kind === 'changed' && it.beforeNo !== it.afterNo ? `(改正前 No.${it.beforeNo})` : '';
  return (
    <section className="cmp-item" data-id={it.id} data-kind={it.kind} aria-label={`No.${no} ${it.title}`}>
      <h3>No.{no} {it.title}{renumbered}<span className={`cmp-kind ${it.kind}`}>{KIND[it.kind]}</span></h3>
      <FieldRows fields={it.fields} />
    </section>
  );
}

export function ComparePage({ param }: { param: string | null }) {
  const ref = parseCompareParam(param);
  const [c, setC] = useState<RevisionComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!ref) return;
    let live = true;
    void api.compareRevisions(ref).then((r) => {
      if (!live) return;
      if (r.ok) setC(r.value);
      else setError(r.error.message);
    });
    return () => { live = false; };
  }, [param]);
  if (!ref) return <p role="alert" className="error">比較する改定版が指定されていません。「改定版・新旧対照表」から選び直してください。</p>;
  return (
    <div className="rev cmp">
      <RevisionStyles />
      <p><a href="#/revisions">← 改定版・新旧対照表</a></p>
      <h2>新旧対照表</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {!c && !error && <p role="status">比較しています…</p>}
      {c && (
        <>
          <p className="cmp-summary">
            改正後: <strong>{c.to.label}</strong>{c.to.date ? `(${c.to.date})` : ''} ／ 改正前: <strong>{c.from.label}</strong>{c.from.date ? `(${c.from.date})` : ''}
            <br />変更 {c.counts.changed} 件・追加 {c.counts.added} 件・削除 {c.counts.deleted} 件{c.counts.renumbered > 0 ? `・No. の変更 ${c.counts.renumbered} 件` : ''}(変更のない取組 {c.unchangedCount} 件は省略)
          </p>
          <p><PdfButton kind={{ compare: ref }} label="新旧対照表の PDF を保存" /></p>
          {c.header.length > 0 && (
            <section className="cmp-item" data-kind="header" aria-label="計画全体">
              <h3>計画全体</h3>
              <FieldRows fields={c.header} />
            </section>
          )}
          <Renumbering c={c} />
          {c.initiatives.map((it) => <Item key={`${it.kind}-${it.id}`} it={it} />)}
          {c.header.length === 0 && c.initiatives.length === 0 && c.renumbered.length === 0 && <p>違いはありません。</p>}
        </>
      )}
    </div>
  );
}
