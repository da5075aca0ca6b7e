// The 新旧対照表 on screen: per changed initiative and field, 改正後 on the left and 改正前 on the
// right (as printed), changed passages underlined; unchanged initiatives are only counted.
import { useEffect, useState } from 'react';
import type { FieldChange, InitiativeChange } from '../../../shared/revisions/compare.ts';
import { sideOf } from '../../../shared/revisions/text-diff.ts';
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
      <thead><tr><th className="field">項目</th><th>改正後</th><th>改正前</th></tr></thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.key} data-field={f.key}>
            <th scope="row" className="field">{f.label}</th>
            <Side field={f} side="after" />
            <Side field={f} side="before" />
          </tr>
        ))}
      </tbody>
    </table>
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
            <br />変更 {c.counts.changed} 件・追加 {c.counts.added} 件・削除 {c.counts.deleted} 件(変更のない取組 {c.unchangedCount} 件は省略)
          </p>
          <p><PdfButton kind={{ compare: ref }} label="新旧対照表の PDF を保存" /></p>
          {c.header.length > 0 && (
            <section className="cmp-item" data-kind="header" aria-label="計画全体">
              <h3>計画全体</h3>
              <FieldRows fields={c.header} />
            </section>
          )}
          {c.initiatives.map((it) => <Item key={`${it.kind}-${it.id}`} it={it} />)}
          {c.header.length === 0 && c.initiatives.length === 0 && <p>違いはありません。</p>}
        </>
      )}
    </div>
  );
}
