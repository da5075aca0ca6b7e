// Survey round handlers: rounds and forms, importing returns, review, apply and undo.
// Files cross the API as base64 with their names, both ways; Excel parsing happens here, in Node.
import { basename } from 'node:path';
import { XLSX_MIME } from '../../shared/files/file-download.ts';
import type { Handlers } from '../../shared/api/dispatch.ts';
import { writePlanWorkbook } from '../excel/plan-export.ts';
import { currentPlanId, readPlanDocument } from '../store/plan-read.ts';
import { returnContent, roundSummaries } from '../store/survey-store.ts';
import { applyRound } from '../survey/apply.ts';
import { createRound, exportForms } from '../survey/create-round.ts';
import { decide } from '../survey/decide.ts';
import { importReturns } from '../survey/import-returns.ts';
import { reviewOf } from '../survey/review.ts';
import { roundStatus } from '../survey/status.ts';
import { undoApply } from '../survey/undo.ts';
import type { HandlerContext } from './context.ts';
import { planXlsxFileName } from '../../shared/files/file-names.ts';

type H = Handlers<HandlerContext>;

/**
 * Excel parsing runs in worker threads in the app, where Electron's main process must stay
 * responsive. The CLI and the browser host parse in-thread: there a worker's start (loading the
 * sources and exceljs again) cost more than it saved (40 returns: 1.7 s with 2 workers, 1.0 s
 * without). PLAN_DESK_SURVEY_WORKERS overrides (0 = always in-thread).
 */
function parseWorkers(host: HandlerContext['host'], files: number): number {
  const forced = Number(process.env.PLAN_DESK_SURVEY_WORKERS);
  if (process.env.PLAN_DESK_SURVEY_WORKERS !== undefined && Number.isInteger(forced) && forced >= 0) return forced;
  return host === 'electron' ? Math.min(2, files) : 0;
}

export const surveyHandlers = {
  listSurveyRounds: (_input, { db }) => roundSummaries(db),

  createSurveyRound: (input, ctx) => createRound(ctx.db, input, { user: ctx.user, source: ctx.source }),

  exportSurveyForms: async ({ roundId, departments }, { db }) => ({ files: await exportForms(db, roundId, { departments }) }),

  importSurveyReturns: ({ roundId, files }, ctx) =>
    importReturns(ctx.db, files.map((f) => ({ name: basename(f.name.replaceAll('\\', '/')), data: Buffer.from(f.base64, 'base64') })), {
      user: ctx.user, dbPath: ctx.dbPath, onlyRoundId: roundId, workers: parseWorkers(ctx.host, files.length),
    }),

  getSurveyReview: ({ roundId }, { db }) => reviewOf(db, roundId),

  decideSurveyChanges: ({ roundId, decisions }, ctx) => {
    decide(ctx.db, roundId, decisions, { user: ctx.user, source: ctx.source });
    return reviewOf(ctx.db, roundId);
  },

  applySurveyChanges: ({ roundId }, ctx) => applyRound(ctx.db, roundId, { user: ctx.user, dbPath: ctx.dbPath }),

  undoSurveyApply: ({ applyId, force }, ctx) => undoApply(ctx.db, applyId, force === true, { user: ctx.user, source: ctx.source, dbPath: ctx.dbPath }),

  getSurveyStatus: ({ roundId }, ctx) => roundStatus(ctx.db, roundId, ctx.dbPath),

  getSurveyReturnFile: ({ returnId }, { db }) => {
    const f = returnContent(db, returnId);
    return { fileName: f.fileName, mimeType: XLSX_MIME, base64: f.content.toString('base64') };
  },

  exportPlanXlsx: async ({ only, asOfFiscalYear }, { db }) => {
    const planId = currentPlanId(db);
    const doc = readPlanDocument(db, planId);
    const buffer = await writePlanWorkbook(doc, { ...(only ? { only } : {}), ...(asOfFiscalYear ? { currentFiscalYear: asOfFiscalYear } : {}) });
    const fileName = planXlsxFileName(doc.plan, only ? new Set(only).size : undefined);
    return { fileName, mimeType: XLSX_MIME, base64: buffer.toString('base64') };
  },
} satisfies Partial<H>;
