// The plan PDF as a background job: the screen starts it, then polls its progress and
// collects the file once. Types and the input schema only; the job table lives in electron/pdf.
import { z } from 'zod';
import type { ApiError } from './errors.ts';
import type { PdfFile } from '../revisions/types.ts';

export const PdfJobRef = z.strictObject({ jobId: z.string().min(1).max(64) });

/** 'queued': the worker is starting; 'layout': pages laid out (count known); 'render': drawing them. */
export type PdfJobPhase = 'queued' | 'layout' | 'render';

export interface PdfJobStatus {
  state: 'running' | 'done' | 'failed';
  /** Share of the whole job done, 0..1 (never goes back). */
  fraction: number;
  /** Pages of the PDF, once laid out (0 before). */
  pages: number;
  phase?: PdfJobPhase;
  /** The file, handed out once with state 'done'; the job is then forgotten. */
  result?: PdfFile;
  /** Why it failed (state 'failed'), in Japanese. */
  error?: ApiError;
}

/**
 * How long to wait before the n-th poll (0-based). A warm worker prints the seed in about 0.15 s and
 * a first one in about 0.3 s: for the first 2 seconds a poll every 25 ms, so the user waits at most
 * 25 ms (12 on average) more than the render itself (a poll is a few bytes answered from memory).
 * A longer job is then polled every 150 ms, which is still a smooth progress bar.
 */
export function pdfPollDelay(attempt: number): number {
  if (attempt === 0) return 20;
  return attempt < 80 ? 25 : 150;
}
