// Runs renderPlanPdf in a node:worker_threads Worker, so that laying out hundreds of pages never
// blocks Electron's main process or the browser host. Works the same in plain Node and in Electron.
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/api/errors.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { PdfOptions } from './build-plan-doc.ts';
import type { OnProgress, PlanPdf } from './render.ts';
import type { WorkerReply } from './worker.ts';

/**
 * The worker script: worker.ts next to this file when running from sources; in the bundled Electron
 * main process (dist/electron/main.mjs) the build emits it as pdf-worker.mjs beside the bundle.
 */
export function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker.ts', import.meta.url) : new URL('./pdf-worker.mjs', import.meta.url);
}

export function renderPlanPdfInWorker(doc: PlanDocument, opts: PdfOptions = {}, onProgress?: OnProgress): Promise<PlanPdf> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(workerUrl(), { workerData: { doc, opts } });
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'progress') onProgress?.({ phase: m.phase, pages: m.pages, fraction: m.fraction });
      else if (m.type === 'done') finish(() => resolve({ pdf: Buffer.from(m.pdf), pages: m.pages, warnings: m.warnings }));
      else finish(() => reject(new AppError(m.code as ErrorCode, m.code === 'INTERNAL' ? `PDF を作成できませんでした: ${m.message}` : m.message)));
    });
    worker.on('error', (e) => finish(() => reject(new AppError('INTERNAL', `PDF を作成できませんでした: ${e.message}`))));
    worker.on('exit', (code) => finish(() => reject(new AppError('INTERNAL', `PDF の作成処理が途中で終了しました(終了コード ${code})。`))));
  });
}
