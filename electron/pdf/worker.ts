// Worker entry: the app's one long-lived PDF thread. Jobs arrive one at a time from worker-client.ts
// (it never sends the next before this one answered); pdfmake, the parsed fonts and the measuring
// caches stay loaded between jobs, which is what makes the second PDF fast.
import module from 'node:module';
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { PlanPdf } from './render.ts';
import type { WorkerJob, WorkerReply, WorkerRequest } from './worker-protocol.ts';

// A thread needs its own call to use Node's compile cache, and it must come before the modules are
// loaded: static imports would be read (and, from the sources, stripped of their types) before it.
// Messages sent meanwhile wait on the port until the listener below is attached.
module.enableCompileCache?.();
const [{ AppError }, { buildCompareDoc }, { fontCacheStats }, { renderDocDefinition, renderPlanPdf, warmRenderer }] = await Promise.all([
  import('../../shared/api/errors.ts'),
  import('./compare-doc.ts'),
  import('./font-cache.ts'),
  import('./render.ts'),
]);

const port = parentPort;
if (!port) throw new Error('worker.ts は Worker として起動してください。');
const post = (m: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
let renders = 0;

async function render(id: number, job: WorkerJob): Promise<PlanPdf> {
  const onProgress = (p: { phase: 'layout' | 'render'; pages: number; fraction: number }) => post({ type: 'progress', id, ...p });
  if (job.kind === 'plan') return renderPlanPdf(job.doc, job.opts, onProgress);
  const r = await renderDocDefinition(buildCompareDoc(job.comparison, job.opts), onProgress);
  return { pdf: r.pdf, pages: r.pages, warnings: [] };
}

async function handle(m: WorkerRequest): Promise<void> {
  try {
    if (m.type === 'warm') {
      await warmRenderer();
      post({ type: 'warmed', id: m.id });
    } else if (m.type === 'stats') {
      const f = fontCacheStats();
      post({ type: 'stats', id: m.id, counters: { renders, fontsParsed: f.parsed, fontsServed: f.served, heapMiB: Math.round(getHeapStatistics().used_heap_size / 2 ** 20) } });
    } else {
      const r = await render(m.id, m.job);
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
