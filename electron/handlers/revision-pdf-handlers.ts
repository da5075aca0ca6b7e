// PDFs of the revisions work: the 新旧対照表, a frozen revision and an ended plan period, each
// exactly from what is stored (a revision prints its snapshot, never the working copy). Plan PDFs
// and the 新旧対照表 render in the app's long-lived PDF worker thread, off the main process.
import type { Handlers } from '../../shared/api/dispatch.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { PdfFile } from '../../shared/revisions/types.ts';
import { compareFileName } from '../pdf/compare-doc.ts';
import { hasGlyph } from '../pdf/fonts.ts';
import { pdfFileName, type PdfOptions } from '../pdf/build-plan-doc.ts';
import { renderComparePdfInWorker, renderPlanPdfInWorker } from '../pdf/run-in-worker.ts';
import { sanitizePlan } from '../pdf/sanitize.ts';
import { readPlanRow } from '../store/plan-read.ts';
import { readRevisionDocument } from '../store/revision-store.ts';
import type { HandlerContext } from './context.ts';
import { printablePlan } from './pdf-request.ts';
import { compareRefs } from './revision-handlers.ts';
import { pdfFile } from '../pdf/pdf-file.ts';

type H = Handlers<HandlerContext>;

async function planPdf(doc: PlanDocument, opts: PdfOptions = {}): Promise<PdfFile> {
  const r = await renderPlanPdfInWorker(doc, opts);
  return pdfFile(pdfFileName(doc, opts), r.pdf, r.pages, r.warnings);
}

export const revisionPdfHandlers = {
  renderComparePdf: async ({ from, to }, { db }) => {
    const warnings: string[] = [];
    const c = compareRefs(db, from, to, (doc) => {
      const s = sanitizePlan(doc, hasGlyph);
      warnings.push(...s.warnings);
      return s.doc;
    });
    const { pdf, pages } = await renderComparePdfInWorker(c);
    return pdfFile(compareFileName(c), pdf, pages, [...new Set(warnings)]);
  },

  renderRevisionPdf: ({ label }, { db }) => planPdf(readRevisionDocument(db, label)),

  renderPlanPeriodPdf: ({ planId }, { db }) => {
    readPlanRow(db, planId); // NOT_FOUND with a message
    const { doc, workingCopy } = printablePlan(db, planId);
    return planPdf(doc, workingCopy ? { workingCopy } : {});
  },
} satisfies Partial<H>;
