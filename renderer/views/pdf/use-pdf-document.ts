// The PDF opened in pdf.js for the preview and for printing; closed (its worker ended) when the
// bytes change or the screen is left.
import { useEffect, useState } from 'react';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { openPdf } from './pdfjs.ts';

export function usePdfDocument(bytes: Uint8Array): { doc: PDFDocumentProxy | null; error: string | null } {
  const [state, setState] = useState<{ doc: PDFDocumentProxy | null; error: string | null }>({ doc: null, error: null });
  useEffect(() => {
    let cancelled = false;
    let task: PDFDocumentLoadingTask | null = null;
    setState({ doc: null, error: null });
    openPdf(bytes)
      .then((t) => {
        task = t;
        return cancelled ? null : t.promise;
      })
      .then((doc) => { if (doc && !cancelled) setState({ doc, error: null }); })
      .catch((e: unknown) => {
        if (!cancelled) setState({ doc: null, error: `プレビューを表示できませんでした。「保存」した PDF は開けます。(${e instanceof Error ? e.message : String(e)})` });
      });
    return () => {
      cancelled = true;
      void (task as PDFDocumentLoadingTask | null)?.destroy();
    };
  }, [bytes]);
  return state;
}
