// Every handler of the contract, in one map: Electron's IPC, the browser host and the CLI all serve this.
import type { Handlers } from '../../shared/api/dispatch.ts';
import type { HandlerContext } from './context.ts';
import { planHandlers } from './plan-handlers.ts';
import { editHandlers } from './edit-handlers.ts';
import { revisionHandlers } from './revision-handlers.ts';
import { revisionPdfHandlers } from './revision-pdf-handlers.ts';
import { pdfHandlers } from './pdf-handlers.ts';
import { surveyHandlers } from './survey-handlers.ts';

export const handlers: Handlers<HandlerContext> = {
  ...planHandlers,
  ...editHandlers,
  ...revisionHandlers,
  ...revisionPdfHandlers,
  ...pdfHandlers,
  ...surveyHandlers,
};
