// プレビュー: the pages one after another in a scrolling box, with 前へ/次へ and 「3 / 24 ページ」.
// Pages are drawn lazily (PreviewPage) as they come near the visible part of the box.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { PreviewPage } from './PreviewPage.tsx';

const MAX_WIDTH = 1200;
const PADDING = 16;

export function PdfPreview({ doc }: { doc: PDFDocumentProxy }) {
  const pages = doc.numPages;
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [ratio, setRatio] = useState(210 / 297); // A4 landscape until page 1 says otherwise
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set([1]));
  const [current, setCurrent] = useState(1);
  const ready = width > 0; // the pages exist once the box is measured

  useEffect(() => {
    let live = true;
    void doc.getPage(1).then((p) => {
      const v = p.getViewport({ scale: 1 });
      if (live) setRatio(v.height / v.width);
    });
    return () => { live = false; };
  }, [doc]);

  useLayoutEffect(() => {
    const box = boxRef.current!;
    const measure = () => setWidth(Math.max(200, Math.min(MAX_WIDTH, box.clientWidth - 2 * PADDING)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    return () => ro.disconnect();
  }, []);

  // Which pages are within one box height of the visible part: those get a canvas.
  useEffect(() => {
    const box = boxRef.current!;
    const io = new IntersectionObserver((entries) => {
      setNear((prev) => {
        const next = new Set(prev);
        for (const e of entries) {
          const n = Number((e.target as HTMLElement).dataset.page);
          if (e.isIntersecting) next.add(n);
          else next.delete(n);
        }
        return next;
      });
    }, { root: box, rootMargin: '100% 0px' });
    box.querySelectorAll('.pdf-page').forEach((el) => io.observe(el));
    return () => io.disconnect();
  }, [doc, pages, ready]);

  /** Top of the first page and the distance between pages (all pages share page 1's size). */
  const layout = useCallback(() => {
    const items = boxRef.current?.querySelectorAll<HTMLElement>('.pdf-page');
    if (!items || items.length === 0) return null;
    const top = items[0]!.offsetTop;
    return { top, stride: items.length > 1 ? items[1]!.offsetTop - top : items[0]!.offsetHeight };
  }, []);

  const onScroll = () => {
    const box = boxRef.current;
    const l = layout();
    if (!box || !l || l.stride <= 0) return;
    const n = Math.floor((box.scrollTop + box.clientHeight / 3 - l.top) / l.stride) + 1;
    setCurrent(Math.min(pages, Math.max(1, n)));
  };

  const goTo = (n: number) => {
    const box = boxRef.current;
    const l = layout();
    const target = Math.min(pages, Math.max(1, n));
    if (box && l) box.scrollTo({ top: l.top + (target - 1) * l.stride - PADDING });
    setCurrent(target);
  };

  const height = Math.round(width * ratio);
  return (
    <section className="pdf-preview" aria-label="プレビュー">
      <div className="toolbar pdf-pager">
        <button type="button" onClick={() => goTo(current - 1)} disabled={current <= 1}>← 前へ</button>
        <span className="pdf-counter" aria-live="polite" data-total={pages}>{current} / {pages} ページ</span>
        <button type="button" onClick={() => goTo(current + 1)} disabled={current >= pages}>次へ →</button>
      </div>
      <div className="pdf-pages" ref={boxRef} onScroll={onScroll} tabIndex={0} role="region" aria-label="PDF のページ">
        {ready && Array.from({ length: pages }, (_, i) => (
          <PreviewPage key={i + 1} doc={doc} n={i + 1} width={width} height={height} near={near.has(i + 1)} />
        ))}
      </div>
    </section>
  );
}
