// The plan PDF as a job, for the screen's progress bar: startPlanPdf checks the options at once
// (a bad No. or 課 is refused before anything runs) and reads the plan then; the render runs in a
// worker thread while getPdfJob reports its progress and finally hands the file over once.
import type { Handlers } from '../../shared/api/dispatch.ts';
import { AppError } from '../../shared/api/errors.ts';
import { internalErrorMessage, newErrorId } from '../../shared/api/dispatch.ts';
import { logDirOf, openLog } from '../log/log-file.ts';
import { createPdfJobTable, type PdfJobTable } from '../pdf/pdf-jobs.ts';
import { renderPlanPdfInWorker, startPdfWorker, warmPdfWorker } from '../pdf/run-in-worker.ts';
import { currentPlanId, readPlanDocument } from '../store/plan-read.ts';
import type { HandlerContext } from './context.ts';
import { planPdfRequest } from './pdf-request.ts';
import { pdfFile } from '../pdf/pdf-file.ts';

type H = Handlers<HandlerContext>;
type JobHandlers = Pick<H, 'startPlanPdf' | 'getPdfJob' | 'warmPdfWorker'>;

/** `table`, `render`, `warm` and `start` are replaceable for tests (a replaced render starts no thread). */
export function makePdfJobHandlers(
  table: PdfJobTable,
  render: typeof renderPlanPdfInWorker = renderPlanPdfInWorker,
  warm: typeof warmPdfWorker = warmPdfWorker,
  start: () => void = render === renderPlanPdfInWorker ? startPdfWorker : () => undefined,
): JobHandlers {
  return {
    startPlanPdf: (input, { db, dbPath }) => {
      // The thread loads its modules on the other core while this one reads the plan.
      start();
      const { doc, opts, fileName } = planPdfRequest(db, input);
      const jobId = table.start(async (onProgress) => {
        try {
          const r = await render(doc, opts, onProgress);
          return pdfFile(fileName, r.pdf, r.pages, r.warnings);
        } catch (e) {
          if (e instanceof AppError) throw e;
          // The page gets an error number; what went wrong goes to the log under it.
          const id = newErrorId();
          openLog(logDirOf(dbPath)).error(id, 'PDF の作成', e);
          throw new AppError('INTERNAL', internalErrorMessage(id));
        }
      });
      return { jobId };
    },
    // The PDF screen has opened: the worker warms up on a sample of the plan it will print.
    warmPdfWorker: (_input, { db }) => {
      warm(() => readPlanDocument(db, currentPlanId(db)));
      return { warming: true };
    },
    getPdfJob: ({ jobId }) => {
      const status = table.get(jobId);
      if (!status) {
        throw new AppError('NOT_FOUND', 'PDF の作成状況が見つかりません(受け取り済みか、時間が経って破棄されました)。もう一度「PDF を作成」を押してください。');
      }
      return status;
    },
  };
}

/** One table per process: Electron's main process or the browser host. */
export const pdfJobHandlers = makePdfJobHandlers(createPdfJobTable());
