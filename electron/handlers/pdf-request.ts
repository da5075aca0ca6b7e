// What a plan-PDF request asks for, checked at once: the plan (the working copy, or the newest
// frozen revision), the options, the file name. Shared by renderPlanPdf and startPlanPdf.
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/api/errors.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { pdfFileName, selectInitiatives, type PdfOptions } from '../pdf/build-plan-doc.ts';
import { currentPlanId, readPlanDocument } from '../store/plan-read.ts';
import { lastRevisionDocument, workingCopyStatus } from '../store/working-state.ts';

export interface PlanPdfRequest { doc: PlanDocument; opts: PdfOptions; fileName: string }

/** The plan of `planId` to print: a frozen revision is never marked, a working copy is when it differs. */
export function printablePlan(db: Database, planId: number, edition: 'working' | 'frozen' = 'working'): { doc: PlanDocument; workingCopy: boolean } {
  if (edition === 'frozen') {
    const doc = lastRevisionDocument(db, planId);
    if (!doc) throw new AppError('BAD_INPUT', 'この計画にはまだ確定済みの改定版がありません。「作業中の計画」を選ぶか、先に改定版を確定してください。');
    return { doc, workingCopy: false };
  }
  const doc = readPlanDocument(db, planId);
  return { doc, workingCopy: workingCopyStatus(db, planId, doc).differs };
}

export function planPdfRequest(db: Database, input: ParsedInput<'renderPlanPdf'>): PlanPdfRequest {
  const { doc, workingCopy } = printablePlan(db, currentPlanId(db), input.edition);
  const opts: PdfOptions = {
    ...(input.only ? { only: input.only } : {}),
    ...(input.department !== undefined ? { department: input.department } : {}),
    ...(input.era ? { era: input.era } : {}),
    ...(workingCopy ? { workingCopy } : {}),
  };
  selectInitiatives(doc, opts); // throws BAD_INPUT naming the unknown No. or 課
  return { doc, opts, fileName: pdfFileName(doc, opts) };
}
