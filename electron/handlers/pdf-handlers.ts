// The plan's official PDF (issue 5): options are checked here (a bad No. or 課 is refused at once),
// the layout runs in a worker thread so the app stays responsive on large plans.
import type { Handlers } from '../../shared/api/dispatch.ts';
import { pdfFileName, selectInitiatives, type PdfOptions } from '../pdf/build-plan-doc.ts';
import { renderPlanPdfInWorker } from '../pdf/run-in-worker.ts';
import { currentPlanId, readPlanDocument } from '../store/plan-read.ts';
import type { HandlerContext } from './context.ts';

type H = Handlers<HandlerContext>;

export const pdfHandlers = {
  renderPlanPdf: async (input, { db }) => {
    const doc = readPlanDocument(db, currentPlanId(db));
    const opts: PdfOptions = {
      ...(input.only ? { only: input.only } : {}),
      ...(input.department !== undefined ? { department: input.department } : {}),
      ...(input.era ? { era: input.era } : {}),
    };
    selectInitiatives(doc, opts); // throws BAD_INPUT naming the unknown No. or 課
    const r = await renderPlanPdfInWorker(doc, opts);
    return { fileName: pdfFileName(doc, opts), base64: r.pdf.toString('base64'), pages: r.pages, warnings: r.warnings };
  },
} satisfies Partial<H>;
