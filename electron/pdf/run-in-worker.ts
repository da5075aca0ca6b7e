// The app's PDFs rendered in its one long-lived worker thread (worker-client.ts), so that laying out
// hundreds of pages never blocks Electron's main process or the browser host, and every PDF after
// the first finds pdfmake and the fonts already loaded. Works the same in plain Node and in Electron.
// The worker starts on the first PDF, not with the app: most sessions print nothing, and started
// with the host it slowed the first screen (the list) by about 120 ms on two cores, for a first PDF
// about 150 ms sooner only when asked for right at start. warmPdfWorker() is there for a screen that
// knows a PDF is coming (the PDF screen calls it when it opens). An unused worker is let go after
// its idle minutes.
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { RevisionComparison } from '../../shared/revisions/types.ts';
import type { PdfOptions } from './build-plan-doc.ts';
import type { CompareDocOptions } from './compare-doc.ts';
import type { OnProgress, PlanPdf } from './render.ts';
import { bundleStale, PDF_WORKER_BUNDLE } from '../../bin/bundle-cache.mjs';
import { createPdfWorker, type PdfWorker } from './worker-client.ts';

/**
 * The worker script. From the sources: bin/pdf-worker.mjs, which runs the worker's bundle with the
 * code cache the build made, when that bundle is up to date, else worker.ts itself. In the bundled
 * Electron main process (dist/electron/main.mjs) the build emits pdf-worker.mjs beside the bundle.
 */
export function workerUrl(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./pdf-worker.mjs', import.meta.url);
  return bundleStale(PDF_WORKER_BUNDLE) === null ? new URL('../../bin/pdf-worker.mjs', import.meta.url) : new URL('./worker.ts', import.meta.url);
}

let shared: PdfWorker | null = null;
/** The process's PDF worker (created on first use; the thread itself starts with the first job). */
export function pdfWorker(): PdfWorker {
  shared ??= createPdfWorker({ url: workerUrl() });
  return shared;
}

export function renderPlanPdfInWorker(doc: PlanDocument, opts: PdfOptions = {}, onProgress?: OnProgress): Promise<PlanPdf> {
  return pdfWorker().render({ kind: 'plan', doc, opts }, onProgress);
}

/** The 新旧対照表, built and rendered in the worker (the comparison is plain data). */
export function renderComparePdfInWorker(comparison: RevisionComparison, opts: CompareDocOptions = {}, onProgress?: OnProgress): Promise<PlanPdf> {
  return pdfWorker().render({ kind: 'compare', comparison, opts }, onProgress);
}

/** Starts the worker's thread (if none runs) ahead of a job that is about to be sent. */
export function startPdfWorker(): void {
  pdfWorker().start();
}

/**
 * Starts the worker and has it load pdfmake and the fonts ahead of a first PDF, and lay out a sample
 * of `sample()` (the plan about to be printed) once per worker; never fails.
 */
export function warmPdfWorker(sample?: () => PlanDocument): void {
  pdfWorker().warm(sample).catch(() => undefined);
}
