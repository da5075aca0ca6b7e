// A frozen revision or an ended plan period, read-only, exactly as stored: header, 改定履歴, and
// every initiative's sheet (folded), with its PDF.
import { useEffect, useState } from 'react';
import type { PlanDocument } from '../../../shared/domain/document.ts';
import { fiscalYearsOf, formatDate, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { sourcePlanText } from '../../../shared/revisions/field-text.ts';
import type { ApiResult } from '../../../shared/api/errors.ts';
import { api } from '../../api/client.ts';
import { MultiLine } from '../../components/MultiLine.tsx';
import { YearsTable } from '../../components/YearsTable.tsx';
import { PdfButton, type PdfKind } from './PdfButton.tsx';
import { RevisionStyles } from './styles.tsx';

function Sheet({ doc, it }: { doc: PlanDocument; it: PlanDocument['initiatives'][number] }) {
  const years = fiscalYearsOf(doc.plan.firstFiscalYear, doc.plan.lastFiscalYear);
  const era = doc.plan.eraStyle;
  return (
    <details className="doc-item" data-no={it.no}>
      <summary>No.{it.no} {it.title}{it.priority ? '(重点)' : ''}</summary>
      <table className="sheet-table">
        <thead><tr><th>方針</th><th>目的</th><th>実施課</th><th>関連計画</th></tr></thead>
        <tbody><tr>
          <td>方針{it.policy} {doc.policies.find((p) => p.code === it.policy)?.name}</td>
          <td><MultiLine text={it.purpose} /></td>
          <td>{it.departments.map((d) => <div key={d}>{d}</div>)}</td>
          <td>{it.sourcePlans.map((s, i) => <div key={i}>{sourcePlanText(s)}</div>)}</td>
        </tr></tbody>
      </table>
      <YearsTable it={it} years={years} era={era} />
    </details>
  );
}

function DocumentBody({ caption, load, pdf }: { caption: string; load: () => Promise<ApiResult<PlanDocument>>; pdf: PdfKind }) {
  const [doc, setDoc] = useState<PlanDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((r) => { if (live) { if (r.ok) setDoc(r.value); else setError(r.error.message); } });
    return () => { live = false; };
  }, [caption]);
  const p = doc?.plan;
  return (
    <div className="rev">
      <RevisionStyles />
      <p><a href="#/revisions">← 改定版・新旧対照表</a></p>
      <h2>{caption}<span className="badge">読み取り専用</span></h2>
      {error && <p role="alert" className="error">{error}</p>}
      {doc && p && (
        <>
          <dl className="doc-meta">
            <dt>名称</dt><dd>{p.title}</dd>
            <dt>版</dt><dd>{p.edition}</dd>
            <dt>計画期間</dt><dd>{formatFiscalYear(p.firstFiscalYear, p.eraStyle)}〜{formatFiscalYear(p.lastFiscalYear, p.eraStyle)}</dd>
            <dt>改定履歴</dt>
            <dd>{p.revisionHistory.map((h, i) => <div key={i}>{h.kind} {formatDate(h.date, p.eraStyle)}: {h.summary.join(' ')}</div>)}</dd>
          </dl>
          <p><PdfButton kind={pdf} label="この版の PDF を保存" /></p>
          <p>取組 {doc.initiatives.length} 件(名前を押すと内容を開きます)</p>
          {doc.initiatives.map((it) => <Sheet key={it.id} doc={doc} it={it} />)}
        </>
      )}
    </div>
  );
}

export function RevisionDocumentView({ param }: { param: string | null }) {
  const label = param ?? '';
  return <DocumentBody caption={`改定版「${label}」`} load={() => api.getRevision({ label })} pdf={{ revision: label }} />;
}

export function PlanPeriodView({ param }: { param: string | null }) {
  const planId = Number(param);
  return <DocumentBody caption="終了した計画期間の計画" load={() => api.getPlanDocument({ planId })} pdf={{ planId }} />;
}
