// Messages between the app's long-lived PDF worker (worker.ts) and its client (worker-client.ts).
// Jobs carry plain data only: the definitions are built inside the worker, since pdfmake's contain
// functions (footers, table layouts) that cannot cross a thread.
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { RevisionComparison } from '../../shared/revisions/types.ts';
import type { PdfOptions } from './build-plan-doc.ts';
import type { CompareDocOptions } from './compare-doc.ts';

export type WorkerJob =
  | { kind: 'plan'; doc: PlanDocument; opts: PdfOptions }
  | { kind: 'compare'; comparison: RevisionComparison; opts: CompareDocOptions };

export type WorkerRequest =
  | { type: 'render'; id: number; job: WorkerJob }
  /**
   * Load pdfmake and parse the fonts now, so that the first job does not wait for it; with a sample
   * (the plan about to be printed), also lay out two of its initiatives once per worker.
   */
  | { type: 'warm'; id: number; sample?: PlanDocument }
  | { type: 'stats'; id: number };

/** What the worker did in its life so far (tests and the benchmark check the font is parsed once). */
export interface WorkerCounters {
  renders: number;
  /** Warm-ups that laid out a sample of the plan (at most one per worker). */
  samples: number;
  fontsParsed: number;
  fontsServed: number;
  /** The worker's V8 heap in use, MiB (after the last job; for leak checks). */
  heapMiB: number;
}

export type WorkerReply =
  | { type: 'progress'; id: number; phase: 'layout' | 'render'; pages: number; fraction: number }
  | { type: 'done'; id: number; pdf: ArrayBuffer; pages: number; warnings: string[] }
  | { type: 'warmed'; id: number }
  | { type: 'stats'; id: number; counters: WorkerCounters }
  | { type: 'error'; id: number; code: string; message: string };
