// Revisions and plan periods: list/freeze/open revisions, compare two of them (or one
// with the working copy), list plans, start the next plan period. PDFs: revision-pdf-handlers.ts.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import type { Handlers } from '../../shared/api/dispatch.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { compareDocuments } from '../../shared/revisions/compare.ts';
import { localToday } from '../../shared/revisions/today.ts';
import { WORKING, WORKING_LABEL, type ComparisonSide, type RevisionComparison } from '../../shared/revisions/types.ts';
import { listPlans, startPeriod } from '../store/period-store.ts';
import { currentPlanId, readPlanDocument, readPlanRow } from '../store/plan-read.ts';
import { findRevision, freezeWorkingCopy, listRevisions, readRevisionDocument } from '../store/revision-store.ts';
import { workingCopyStatus } from '../store/working-state.ts';
import type { HandlerContext } from './context.ts';

type H = Handlers<HandlerContext>;

function side(db: Database, ref: string): { side: ComparisonSide; doc: PlanDocument } {
  if (ref === WORKING) {
    const doc = readPlanDocument(db, currentPlanId(db));
    return { doc, side: { label: WORKING_LABEL, working: true, date: null, title: doc.plan.title } };
  }
  const info = findRevision(db, ref);
  return { doc: readRevisionDocument(db, ref), side: { label: info.label, working: false, date: info.date, title: info.title } };
}

/**
 * The change list 改正前 (from) → 改正後 (to); used by the screen, the CLI and the PDF (which
 * passes `prepare` to make both documents printable before they are compared).
 */
export function compareRefs(db: Database, from: string, to: string, prepare: (doc: PlanDocument) => PlanDocument = (d) => d): RevisionComparison {
  if (from === to) {
    throw new AppError('BAD_INPUT', `同じもの(${from === WORKING ? WORKING_LABEL : `「${from}」`})どうしは比較できません。比較元と比較先に別の改定版(または working=作業中)を指定してください。`);
  }
  return db.transaction(() => {
    const a = side(db, from);
    const b = side(db, to);
    return { ...compareDocuments(prepare(a.doc), prepare(b.doc)), from: a.side, to: b.side };
  })();
}

export const revisionHandlers = {
  listRevisions: (_input, { db }) => listRevisions(db),

  freezeRevision: (input, ctx) => freezeWorkingCopy(ctx.db, input, { who: ctx.user, source: ctx.source }),

  getRevision: ({ label }, { db }) => readRevisionDocument(db, label),

  compareRevisions: ({ from, to }, { db }) => compareRefs(db, from, to),

  listPlans: (_input, { db }) => listPlans(db),

  getPlanDocument: ({ planId }, { db }) => {
    readPlanRow(db, planId); // NOT_FOUND with a message
    return readPlanDocument(db, planId);
  },

  workingCopyStatus: (_input, { db }) => workingCopyStatus(db, currentPlanId(db)),

  startPeriod: (input, ctx) =>
    startPeriod(ctx.db, { ...input, establishedOn: input.establishedOn ?? localToday() }, { who: ctx.user, source: ctx.source }),
} satisfies Partial<H>;
