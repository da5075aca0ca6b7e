// Starts the plan PDF as a backend job and polls it (quickly at first, then every 150 ms) for the progress bar, until the
// file (decoded once into bytes) or a Japanese error arrives. Leaving the screen stops the polling.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { PdfJobPhase } from '../../../shared/api/pdf-jobs.ts';
import type { PdfFile } from '../../../shared/revisions/types.ts';
import { api } from '../../api/client.ts';
import { base64ToBytes } from '../../components/download.ts';
import { pdfPollDelay } from '../../../shared/api/pdf-jobs.ts';

export type PdfInput = MethodInput<'startPlanPdf'>;

export type JobView =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number; pages: number; phase: PdfJobPhase }
  /** `serial` tells one result from the next (a new preview, a new print container). */
  | { kind: 'done'; file: PdfFile; bytes: Uint8Array; input: PdfInput; serial: number }
  | { kind: 'failed'; message: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function usePdfJob(pollDelay: (attempt: number) => number = pdfPollDelay): { view: JobView; start: (input: PdfInput) => Promise<void> } {
  const [view, setView] = useState<JobView>({ kind: 'idle' });
  // Each start (and leaving the screen) begins a new generation; an older loop stops at its next step.
  const generation = useRef(0);
  useEffect(() => () => { generation.current++; }, []);

  const start = useCallback(async (input: PdfInput) => {
    const gen = ++generation.current;
    const current = () => gen === generation.current;
    setView({ kind: 'running', fraction: 0, pages: 0, phase: 'queued' });
    const started = await api.startPlanPdf(input);
    if (!current()) return;
    if (!started.ok) return setView({ kind: 'failed', message: started.error.message });
    for (let attempt = 0; ; attempt++) {
      await sleep(pollDelay(attempt));
      if (!current()) return;
      const r = await api.getPdfJob({ jobId: started.value.jobId });
      if (!current()) return;
      if (!r.ok) return setView({ kind: 'failed', message: r.error.message });
      const s = r.value;
      if (s.state === 'running') {
        setView({ kind: 'running', fraction: s.fraction, pages: s.pages, phase: s.phase ?? 'queued' });
        continue;
      }
      if (s.state === 'done' && s.result) {
        return setView({ kind: 'done', file: s.result, bytes: base64ToBytes(s.result.base64), input, serial: gen });
      }
      return setView({ kind: 'failed', message: s.error?.message ?? 'PDF を作成できませんでした。もう一度お試しください。' });
    }
  }, [pollDelay]);

  return { view, start };
}
