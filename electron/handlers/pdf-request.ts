// What a plan-PDF request asks for, checked at once: the current plan, the options, the file name.
// Shared by renderPlanPdf (one call) and startPlanPdf (a job with progress).
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { pdfFileName, selectInitiatives, type PdfOptions } from '../pdf/build-plan-doc.ts';
import { currentPlanId, readPlanDocument } from '../store/plan-read.ts';

export interface PlanPdfRequest { doc: PlanDocument; opts: PdfOptions; fileName: string }

export function planPdfRequest(db: Database, input: ParsedInput<'renderPlanPdf'>): PlanPdfRequest {
  const doc = readPlanDocument(db, currentPlanId(db));
  const opts: PdfOptions = {
    ...(input.only ? { only: input.only } : {}),
    ...(input.department !== undefined ? { department: input.department } : {}),
    ...(input.era ? { era: input.era } : {}),
  };
  selectInitiatives(doc, opts); // throws BAD_INPUT naming the unknown No. or 課
  return { doc, opts, fileName: pdfFileName(doc, opts) };
}
