// The app's one long-lived PDF thread, its answering side: jobs arrive one at a time from
// worker-client.ts (it never sends the next before this one answered); pdfmake, the parsed fonts and
// the measuring caches stay loaded between jobs, which is what makes the second PDF fast. Started by
// worker.ts (from the sources) or by bin/pdf-worker.mjs (the bundle with its code cache).
import { getHeapStatistics } from 'node:v8';
import type { MessagePort } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors.ts';
import { buildCompareDoc } from './compare-doc.ts';
import { fontCacheStats } from './font-cache.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { renderDocDefinition, renderPlanPdf, warmRenderer, type PlanPdf } from './render.ts';
import type { WorkerJob, WorkerReply, WorkerRequest } from './worker-protocol.ts';

export async function renderJob(job: WorkerJob, onProgress?: Parameters<typeof renderPlanPdf>[2]): Promise<PlanPdf> {
  if (job.kind === 'plan') return renderPlanPdf(job.doc, job.opts, onProgress);
  const r = await renderDocDefinition(buildCompareDoc(job.comparison, job.opts), onProgress);
  return { pdf: r.pdf, pages: r.pages, warnings: [] };
}

/**
 * Two initiatives of the plan about to be printed (its first and its last), laid out and thrown away:
 * the first real PDF then finds most of the code it runs compiled and the glyphs it uses decoded
 * (measured on the seed: 223 → 180 ms). A sample that fails to render is no error: it was a warm-up.
 */
async function layOutSample(doc: PlanDocument): Promise<boolean> {
  const nos = doc.initiatives.map((i) => i.no).sort((a, b) => a - b);
  if (nos.length === 0) return false;
  try {
    await renderPlanPdf(doc, { only: [...new Set([nos[0]!, nos.at(-1)!])] });
    return true;
  } catch {
    return false;
  }
}

/** Answers the requests arriving on `port`, one at a time in arrival order. */
export function serve(port: MessagePort): void {
  const post = (m: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  let renders = 0;
  let samples = 0;

  async function handle(m: WorkerRequest): Promise<void> {
    try {
      if (m.type === 'warm') {
        await warmRenderer();
        // Once per worker, and only before its first real PDF (after one, it is warm already).
        if (m.sample && samples === 0 && renders === 0 && await layOutSample(m.sample)) samples++;
        post({ type: 'warmed', id: m.id });
      } else if (m.type === 'stats') {
        const f = fontCacheStats();
        post({ type: 'stats', id: m.id, counters: { renders, samples, fontsParsed: f.parsed, fontsServed: f.served, heapMiB: Math.round(getHeapStatistics().used_heap_size / 2 ** 20) } });
      } else {
        const r = await renderJob(m.job, (p) => post({ type: 'progress', id: m.id, ...p }));
        renders++;
        // Hand the bytes over without a copy when the Buffer owns its whole ArrayBuffer.
        const whole = r.pdf.byteOffset === 0 && r.pdf.byteLength === r.pdf.buffer.byteLength;
        const bytes = (whole ? r.pdf.buffer : r.pdf.buffer.slice(r.pdf.byteOffset, r.pdf.byteOffset + r.pdf.byteLength)) as ArrayBuffer;
        post({ type: 'done', id: m.id, pdf: bytes, pages: r.pages, warnings: r.warnings }, [bytes]);
      }
    } catch (e) {
      post(e instanceof AppError
        ? { type: 'error', id: m.id, code: e.code, message: e.message }
        : { type: 'error', id: m.id, code: 'INTERNAL', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }

  // One at a time, in arrival order, even if the client ever sent two.
  let chain = Promise.resolve();
  port.on('message', (m: WorkerRequest) => {
    chain = chain.then(() => handle(m));
  });
}
