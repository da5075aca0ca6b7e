// One button that asks the backend for a PDF (a revision, a plan period, a 新旧対照表) and saves it.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { saveFile } from '../../components/download.ts';

export type PdfKind = { revision: string } | { planId: number } | { compare: { from: string; to: string } };

async function render(kind: PdfKind) {
  if ('revision' in kind) return api.renderRevisionPdf({ label: kind.revision });
  if ('planId' in kind) return api.renderPlanPeriodPdf({ planId: kind.planId });
  return api.renderComparePdf(kind.compare);
}

export function PdfButton({ kind, label }: { kind: PdfKind; label: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const click = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    const r = await render(kind);
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    const out = await saveFile(r.value);
    if (out.saved) setSaved(out.name);
  };
  return (
    <>
      <button type="button" onClick={click} disabled={busy}>{busy ? '作成中…' : label}</button>
      {error && <span role="alert" className="error">{error}</span>}
      {saved && <span role="status" className="saved-file">「{saved}」を保存しました(ダウンロード先のフォルダ)</span>}
    </>
  );
}
