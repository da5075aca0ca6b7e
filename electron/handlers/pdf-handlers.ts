// The plan's official PDF: options are checked here (a bad No. or 課 is refused at once),
// the layout runs in a worker thread so the app stays responsive on large plans.
import type { Handlers } from '../../shared/api/dispatch.ts';
import { renderPlanPdfInWorker } from '../pdf/run-in-worker.ts';
import type { HandlerContext } from './context.ts';
import { planPdfRequest } from './pdf-request.ts';
import { pdfFile } from '../pdf/pdf-file.ts';

type H = Handlers<HandlerContext>;

export const pdfHandlers = {
  renderPlanPdf: async (input, { db }) => {
    const { doc, opts, fileName } = planPdfRequest(db, input);
    const r = await renderPlanPdfInWorker(doc, opts);
    return pdfFile(fileName, r.pdf, r.pages, r.warnings);
  },
} satisfies Partial<H>;
