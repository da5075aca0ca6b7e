// One page of the preview: a placeholder of the page's size, drawn into a canvas only while it is
// near the visible part (and dropped again when scrolled far away), so 500 pages stay light.
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { isCancelled } from './pdfjs.ts';

export function PreviewPage({ doc, n, width, height, near }: { doc: PDFDocumentProxy; n: number; width: number; height: number; near: boolean }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!near || !canvas || width <= 0) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    (async () => {
      const page = await doc.getPage(n);
      if (cancelled) return;
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      task = page.render({ canvas, viewport });
      await task.promise;
      if (!cancelled) canvas.dataset.rendered = 'true';
    })().catch((e: unknown) => {
      if (!cancelled && !isCancelled(e)) setError(`${n} ページ目を表示できませんでした(${e instanceof Error ? e.message : String(e)})。`);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, n, width, near]);
  return (
    <div className="pdf-page" data-page={n} style={{ width, height }} role="img" aria-label={`${n} ページ`}>
      {near && !error && <canvas ref={canvasRef} />}
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
