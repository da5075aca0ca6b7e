// The in-memory table of PDF jobs behind startPlanPdf/getPdfJob. A job runs its render (in a worker
// thread), records its progress, and keeps its outcome until it is collected once or expires.
// Few jobs at once: each one is a worker laying out hundreds of pages and a PDF held in memory.
import { randomUUID } from 'node:crypto';
import { AppError, type ApiError } from '../../shared/api/errors.ts';
import type { PdfJobPhase, PdfJobStatus } from '../../shared/api/pdf-jobs.ts';
import type { PdfFile } from '../../shared/revisions/types.ts';
import type { OnProgress } from './render.ts';

export interface PdfJobTableOptions {
  /** Jobs rendering at the same time (the machines have two cores). */
  maxRunning?: number;
  /** Finished, uncollected jobs kept (the oldest are dropped first). */
  maxKept?: number;
  /** A finished job nobody collects is dropped after this long. */
  ttlMs?: number;
  now?: () => number;
}

export interface PdfJobTable {
  /** Starts `run` now and returns its id; refused with CONFLICT when maxRunning jobs are running. */
  start(run: (onProgress: OnProgress) => Promise<PdfFile>): string;
  /** The job's status, or null if unknown (never started, collected, or expired). */
  get(jobId: string): PdfJobStatus | null;
  /** Jobs held (running or finished), for tests and diagnostics. */
  size(): number;
}

interface Job {
  state: PdfJobStatus['state'];
  fraction: number;
  pages: number;
  phase: PdfJobPhase;
  result?: PdfFile;
  error?: ApiError;
  /** Last start, finish or poll: what expiry counts from. */
  touched: number;
}

/** Laying out takes most of the time; drawing the pages the rest. */
const LAYOUT_SHARE = 0.5;

function toApiError(e: unknown): ApiError {
  if (e instanceof AppError) return e.toApiError();
  // The handler logs what went wrong under an error number; no internal text reaches the page.
  return { code: 'INTERNAL', message: 'PDF を作成できませんでした。データは変更していません。もう一度「PDF を作成」を押してください。' };
}

export function createPdfJobTable(options: PdfJobTableOptions = {}): PdfJobTable {
  const maxRunning = options.maxRunning ?? 2;
  const maxKept = options.maxKept ?? 4;
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const jobs = new Map<string, Job>(); // insertion order = start order

  const sweep = () => {
    const t = now();
    for (const [id, job] of jobs) if (job.state !== 'running' && t - job.touched > ttlMs) jobs.delete(id);
    const finished = [...jobs].filter(([, j]) => j.state !== 'running').sort((a, b) => a[1].touched - b[1].touched);
    for (const [id] of finished.slice(0, Math.max(0, finished.length - maxKept))) jobs.delete(id);
  };

  const finish = (job: Job, outcome: { result: PdfFile } | { error: ApiError }) => {
    if ('result' in outcome) {
      Object.assign(job, { state: 'done', fraction: 1, pages: outcome.result.pages, result: outcome.result });
    } else {
      Object.assign(job, { state: 'failed', error: outcome.error });
    }
    job.touched = now();
    sweep();
  };

  return {
    start(run) {
      sweep();
      const running = [...jobs.values()].filter((j) => j.state === 'running').length;
      if (running >= maxRunning) {
        throw new AppError('CONFLICT', `ほかの PDF を作成中です(同時に作成できるのは ${maxRunning} 件までです)。作成が終わってから、もう一度「PDF を作成」を押してください。`);
      }
      const id = randomUUID();
      const job: Job = { state: 'running', fraction: 0, pages: 0, phase: 'queued', touched: now() };
      jobs.set(id, job);
      const onProgress: OnProgress = (p) => {
        if (job.state !== 'running') return;
        const f = p.phase === 'layout' ? LAYOUT_SHARE : LAYOUT_SHARE + (1 - LAYOUT_SHARE) * Math.min(1, Math.max(0, p.fraction));
        job.fraction = Math.max(job.fraction, Math.min(0.99, f)); // 1 only when the file is there
        job.pages = p.pages;
        job.phase = p.phase;
      };
      // Started on the next tick, so a run that throws at once still reports through the job.
      Promise.resolve()
        .then(() => run(onProgress))
        .then((result) => finish(job, { result }), (e: unknown) => finish(job, { error: toApiError(e) }));
      return id;
    },
    get(jobId) {
      sweep();
      const job = jobs.get(jobId);
      if (!job) return null;
      job.touched = now();
      const status: PdfJobStatus = { state: job.state, fraction: job.fraction, pages: job.pages, phase: job.phase };
      if (job.result) status.result = job.result;
      if (job.error) status.error = job.error;
      if (job.state !== 'running') jobs.delete(jobId); // handed out once
      return status;
    },
    size: () => jobs.size,
  };
}
