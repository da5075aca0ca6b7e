// The app's PDF worker: one node:worker_threads Worker, started on the first job and reused for every
// later one (pdfmake, the parsed fonts and the measuring caches stay loaded), so that laying out
// hundreds of pages never blocks Electron's main process or the browser host and a second PDF
// costs only its own layout. Jobs queue and run one at a time; each has its own progress. The worker
// is let go after some idle minutes, and a worker that dies (or hangs) fails its job only: the next
// job starts a fresh one.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/api/errors.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { OnProgress, PlanPdf } from './render.ts';
import type { WorkerCounters, WorkerJob, WorkerReply, WorkerRequest } from './worker-protocol.ts';

export interface PdfWorkerOptions {
  /** The worker script (run-in-worker.ts's workerUrl()). */
  url: URL;
  /** An idle worker is terminated after this long (default 5 minutes). */
  idleMs?: number;
  /** A job running longer than this is given up and its worker terminated (default 10 minutes). */
  jobTimeoutMs?: number;
  /** Heap limits of the worker (tests use small ones to make it die). */
  resourceLimits?: ResourceLimits;
}

export interface PdfWorkerState {
  /** Workers started so far (more than one means idle expiry or a restart after a crash). */
  started: number;
  alive: boolean;
  busy: boolean;
  queued: number;
}

export interface PdfWorker {
  render(job: WorkerJob, onProgress?: OnProgress): Promise<PlanPdf>;
  /** Starts the thread now, without a job (its modules load while the caller reads the plan). */
  start(): void;
  /**
   * Starts the worker (if needed) and has it load pdfmake and the fonts; `sample` gives the plan about
   * to be printed, asked for (and sent) only when this worker has not had one yet.
   */
  warm(sample?: () => PlanDocument): Promise<void>;
  /** What the current worker did so far (starts one if none runs). */
  counters(): Promise<WorkerCounters>;
  state(): PdfWorkerState;
  /** Terminates the worker now; queued and running jobs fail. */
  stop(): Promise<void>;
}

/** A request before the client numbers it. */
type Request = { type: 'render'; job: WorkerJob } | { type: 'warm'; sample?: PlanDocument } | { type: 'stats' };

interface Pending {
  id: number;
  request: Request;
  onProgress?: OnProgress;
  resolve: (m: WorkerReply) => void;
  reject: (e: AppError) => void;
}

const crashed = (detail: string) =>
  new AppError('INTERNAL', `PDF の作成処理が途中で終了しました(${detail})。データは変更していません。もう一度「PDF を作成」を押してください。`);
const outOfMemory = () =>
  new AppError('INTERNAL', 'PDF の作成中にメモリが足りなくなりました。データは変更していません。ほかのアプリを閉じてからもう一度作成するか、取組を絞って(No. や課を指定して)作成してください。');

export function createPdfWorker(options: PdfWorkerOptions): PdfWorker {
  const idleMs = options.idleMs ?? 5 * 60_000;
  const jobTimeoutMs = options.jobTimeoutMs ?? 10 * 60_000;
  let worker: Worker | null = null;
  let started = 0;
  let current: Pending | null = null;
  let jobTimer: NodeJS.Timeout | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  const queue: Pending[] = [];
  let nextId = 1;
  /** The worker a sample was sent to (a new worker after a crash or idle expiry gets its own). */
  let sampledWorker: Worker | null = null;

  const clearTimer = (t: NodeJS.Timeout | null) => {
    if (t) clearTimeout(t);
    return null;
  };

  /** Forgets `w` (if it is the current worker), fails its job and moves on to the next. */
  const lose = (w: Worker, error: AppError) => {
    if (w !== worker) return;
    worker = null;
    jobTimer = clearTimer(jobTimer);
    const job = current;
    current = null;
    void w.terminate();
    job?.reject(error);
    pump();
  };

  const spawn = (): Worker => {
    const w = new Worker(options.url, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
    started++;
    w.on('message', (m: WorkerReply) => {
      if (w !== worker || !current || m.id !== current.id) return;
      if (m.type === 'progress') {
        current.onProgress?.({ phase: m.phase, pages: m.pages, fraction: m.fraction });
        return;
      }
      const job = current;
      current = null;
      jobTimer = clearTimer(jobTimer);
      if (m.type === 'error') {
        job.reject(new AppError(m.code as ErrorCode, m.code === 'INTERNAL' ? `PDF を作成できませんでした: ${m.message}` : m.message));
      } else {
        job.resolve(m);
      }
      pump();
    });
    w.on('error', (e) => lose(w, (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory() : crashed(e.message)));
    w.on('exit', (code) => lose(w, crashed(`終了コード ${code}`)));
    return w;
  };

  /** Sends the next queued job when the worker is free; lets an idle worker go after idleMs. */
  const pump = () => {
    if (current) return;
    const next = queue.shift();
    if (!next) {
      if (worker && !idleTimer) {
        worker.unref(); // an idle worker never keeps the process alive
        const idle = worker;
        idleTimer = setTimeout(() => {
          idleTimer = null;
          if (worker === idle && !current) {
            worker = null;
            void idle.terminate();
          }
        }, idleMs);
        idleTimer.unref();
      }
      return;
    }
    idleTimer = clearTimer(idleTimer);
    worker ??= spawn();
    worker.ref();
    current = next;
    const w = worker;
    jobTimer = setTimeout(() => lose(w, new AppError('INTERNAL', `PDF の作成が ${Math.round(jobTimeoutMs / 60_000)} 分たっても終わらないため中止しました。データは変更していません。取組を絞って(No. や課を指定して)作成してください。`)), jobTimeoutMs);
    jobTimer.unref();
    try {
      w.postMessage({ ...next.request, id: next.id } as WorkerRequest);
    } catch (e) {
      // A job that cannot be copied to the thread fails alone; the worker stays for the next.
      current = null;
      jobTimer = clearTimer(jobTimer);
      next.reject(new AppError('INTERNAL', `PDF の作成処理にデータを渡せませんでした(${e instanceof Error ? e.message : String(e)})。データは変更していません。`));
      pump();
    }
  };

  const send = (request: Request, onProgress?: OnProgress) => new Promise<WorkerReply>((resolve, reject) => {
    queue.push({ id: nextId++, request, ...(onProgress ? { onProgress } : {}), resolve, reject });
    pump();
  });

  return {
    async render(job, onProgress) {
      const m = await send({ type: 'render', job }, onProgress);
      if (m.type !== 'done') throw new AppError('INTERNAL', `PDF の作成処理から予期しない応答がありました(${m.type})。`);
      return { pdf: Buffer.from(m.pdf), pages: m.pages, warnings: m.warnings };
    },
    start() {
      if (worker) return;
      worker = spawn();
      pump(); // no job yet: idle (and let go after idleMs) until one comes
    },
    async warm(sample) {
      const doc = sample && (worker === null || worker !== sampledWorker) ? sample() : undefined;
      const sent = send({ type: 'warm', ...(doc ? { sample: doc } : {}) });
      if (doc) sampledWorker = worker; // pump() has spawned it, if there was none
      await sent;
    },
    async counters() {
      const m = await send({ type: 'stats' });
      if (m.type !== 'stats') throw new AppError('INTERNAL', `PDF の作成処理から予期しない応答がありました(${m.type})。`);
      return m.counters;
    },
    state: () => ({ started, alive: worker !== null, busy: current !== null, queued: queue.length }),
    async stop() {
      const w = worker;
      const waiting = queue.splice(0);
      idleTimer = clearTimer(idleTimer);
      if (w) lose(w, crashed('終了の指示'));
      for (const p of waiting) p.reject(crashed('終了の指示'));
      if (w) await w.terminate();
    },
  };
}
