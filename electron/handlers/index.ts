// Every handler of the contract, in one map: Electron's IPC, the browser host and the CLI all serve this.
// The PDF and Excel handlers load lazily (see lazy.ts); the compiler checks the name lists
// against the modules, and `Handlers` makes sure no contract method is left without a handler.
import type { Handlers } from '../../shared/api/dispatch.ts';
import type { HandlerContext } from './context.ts';
import { lazyHandlers } from './lazy.ts';
import { withStoreFaults } from './store-faults.ts';
import { planHandlers } from './plan-handlers.ts';
import { editHandlers } from './edit-handlers.ts';
import { revisionHandlers } from './revision-handlers.ts';
import { reviewHandlers } from './review-handlers.ts';

export const handlers: Handlers<HandlerContext> = withStoreFaults({
  ...planHandlers,
  ...editHandlers,
  ...revisionHandlers,
  ...reviewHandlers,
  ...lazyHandlers(['renderComparePdf', 'renderRevisionPdf', 'renderPlanPeriodPdf'], async () => (await import('./revision-pdf-handlers.ts')).revisionPdfHandlers),
  ...lazyHandlers(['renderPlanPdf'], async () => (await import('./pdf-handlers.ts')).pdfHandlers),
  ...lazyHandlers(['startPlanPdf', 'getPdfJob', 'warmPdfWorker'], async () => (await import('./pdf-job-handlers.ts')).pdfJobHandlers),
  ...lazyHandlers(
    ['listSurveyRounds', 'createSurveyRound', 'exportSurveyForms', 'importSurveyReturns', 'getSurveyReview', 'decideSurveyChanges',
      'applySurveyChanges', 'undoSurveyApply', 'getSurveyStatus', 'getSurveyReturnFile', 'exportPlanXlsx'],
    async () => (await import('./survey-handlers.ts')).surveyHandlers,
  ),
  ...lazyHandlers(['addSurveyRecipient', 'removeSurveyRecipient', 'saveDepartmentInfo', 'makeSurveyMailDrafts'],
    async () => (await import('./survey-round-handlers.ts')).surveyRoundHandlers),
});
