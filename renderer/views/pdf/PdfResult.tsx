// The finished PDF: what it holds, 保存 and 印刷, the printing notes (characters replaced by 〓 …)
// and the page-by-page preview.
import { useEffect, useRef, useState } from 'react';
import type { PdfFile } from '../../../shared/revisions/types.ts';
import { saveFile } from '../../components/download.ts';
import { PdfPreview } from './PdfPreview.tsx';
import { clearPrint, printPdf } from './print.ts';
import { usePdfDocument } from './use-pdf-document.ts';

export function PdfResult({ file, bytes, summary }: { file: PdfFile; bytes: Uint8Array; summary: string }) {
  const { doc, error } = usePdfDocument(bytes);
  const [printing, setPrinting] = useState<{ done: number; total: number } | null>(null);
  const [printError, setPrintError] = useState<string | null>(null);
  const mounted = useRef(true);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    mounted.current = true;
    headingRef.current?.scrollIntoView({ block: 'start' }); // the preview fills the window from here
    return () => {
      mounted.current = false;
      clearPrint();
    };
  }, []);

  const print = async () => {
    if (!doc) return;
    setPrintError(null);
    setPrinting({ done: 0, total: doc.numPages });
    try {
      await printPdf(doc, (done, total) => { if (mounted.current) setPrinting({ done, total }); }, () => mounted.current);
    } catch (e) {
      if (mounted.current) setPrintError(`印刷の準備ができませんでした。「保存」した PDF から印刷してください。(${e instanceof Error ? e.message : String(e)})`);
    } finally {
      if (mounted.current) setPrinting(null);
    }
  };

  return (
    <section className="pdf-result" aria-labelledby="pdf-result-h">
      <h2 id="pdf-result-h" ref={headingRef}>プレビュー<span className="count">{summary}・{file.pages} ページ</span></h2>
      <div className="toolbar" role="toolbar" aria-label="PDF の操作">
        <button type="button" className="primary" onClick={() => void saveFile({ fileName: file.fileName, mimeType: file.mimeType, bytes })}>保存</button>
        <button type="button" onClick={() => void print()} disabled={!doc || printing !== null}>印刷</button>
        <span className="hint">保存するファイル名: {file.fileName}</span>
        {printing && <span role="status">印刷の準備中… {printing.done} / {printing.total} ページ</span>}
      </div>
      {printError && <p role="alert" className="error">{printError}</p>}
      {file.warnings.length > 0 && (
        <div className="pdf-warnings" role="note" aria-label="PDF 作成時の注意">
          <p>PDF を作成するときに次の点を調整しました。内容を確かめてください。</p>
          <ul>{file.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {!doc && !error && <p role="status">プレビューを準備しています…</p>}
      {doc && <PdfPreview doc={doc} />}
    </section>
  );
}
