// Worker entry: renders one plan PDF off the caller's thread and posts progress, then the bytes.
// Started by run-in-worker.ts; one render per worker, so pdfmake's global settings stay private.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { PdfOptions } from './build-plan-doc.ts';
import { renderPlanPdf } from './render.ts';

export type WorkerReply =
  | { type: 'progress'; phase: 'layout' | 'render'; pages: number; fraction: number }
  | { type: 'done'; pdf: ArrayBuffer; pages: number; warnings: string[] }
  | { type: 'error'; code: string; message: string };

const port = parentPort;
if (!port) throw new Error('worker.ts は Worker として起動してください。');
const { doc, opts } = workerData as { doc: PlanDocument; opts: PdfOptions };
const post = (m: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

try {
  const r = await renderPlanPdf(doc, opts, (p) => post({ type: 'progress', ...p }));
  // Hand the bytes over without a copy when the Buffer owns its whole ArrayBuffer.
  const whole = r.pdf.byteOffset === 0 && r.pdf.byteLength === r.pdf.buffer.byteLength;
  const bytes = (whole ? r.pdf.buffer : r.pdf.buffer.slice(r.pdf.byteOffset, r.pdf.byteOffset + r.pdf.byteLength)) as ArrayBuffer;
  post({ type: 'done', pdf: bytes, pages: r.pages, warnings: r.warnings }, [bytes]);
} catch (e) {
  post(e instanceof AppError
    ? { type: 'error', code: e.code, message: e.message }
    : { type: 'error', code: 'INTERNAL', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
