// Editing handlers: thin wrappers over the editing stores; the audit source is who asked
// (the OS user) and from where (画面 / CLI).
import type { Handlers } from '../../shared/api/dispatch.ts';
import { runChecks } from '../../shared/checks/run-checks.ts';
import { computeProgress } from '../../shared/checks/progress.ts';
import { currentFiscalYear } from '../../shared/domain/fiscal-year.ts';
import type { HandlerContext } from './context.ts';
import { createInitiative, deleteInitiative, listDeletedInitiatives, moveInitiative, renumberInitiatives, restoreInitiative, saveInitiative } from '../store/initiative-store.ts';
import { readPlanForEdit, savePlanHeader, savePolicies } from '../store/plan-header-store.ts';
import { mergeDepartments, renameDepartment, saveDepartments } from '../store/department-store.ts';
import { listHistory, redo, undo } from '../store/history-store.ts';
import { currentPlanId, readPlanDocument } from '../store/plan-read.ts';

type H = Handlers<HandlerContext>;
const src = (ctx: HandlerContext) => ({ who: ctx.user, source: ctx.source });

export const editHandlers = {
  saveInitiative: ({ id, version, initiative }, ctx) => saveInitiative(ctx.db, src(ctx), id, version, initiative),
  createInitiative: ({ initiative }, ctx) => createInitiative(ctx.db, src(ctx), initiative),
  deleteInitiative: ({ id, version }, ctx) => deleteInitiative(ctx.db, src(ctx), id, version),
  restoreInitiative: ({ id }, ctx) => restoreInitiative(ctx.db, src(ctx), id),
  listDeletedInitiatives: (_input, ctx) => listDeletedInitiatives(ctx.db),
  renumberInitiatives: (_input, ctx) => renumberInitiatives(ctx.db, src(ctx)),
  moveInitiative: ({ id, delta, position }, ctx) => moveInitiative(ctx.db, src(ctx), id, { delta, position }),

  getPlanForEdit: (_input, ctx) => readPlanForEdit(ctx.db),
  savePlanHeader: ({ version, plan }, ctx) => savePlanHeader(ctx.db, src(ctx), version, plan),
  savePolicies: ({ version, policies }, ctx) => savePolicies(ctx.db, src(ctx), version, policies),
  saveDepartments: ({ version, departments }, ctx) => saveDepartments(ctx.db, src(ctx), version, departments),
  renameDepartment: ({ from, to }, ctx) => renameDepartment(ctx.db, src(ctx), from, to),
  mergeDepartments: ({ sources, target }, ctx) => mergeDepartments(ctx.db, src(ctx), sources, target),

  listHistory: (input, ctx) => listHistory(ctx.db, input),
  undo: ({ batchId }, ctx) => undo(ctx.db, src(ctx), batchId),
  redo: ({ batchId }, ctx) => redo(ctx.db, src(ctx), batchId),

  runChecks: ({ asOfFiscalYear }, { db }) => runChecks(readPlanDocument(db, currentPlanId(db)), { asOfFiscalYear: asOfFiscalYear ?? currentFiscalYear() }),
  getProgress: ({ asOfFiscalYear }, { db }) => computeProgress(readPlanDocument(db, currentPlanId(db)), asOfFiscalYear ?? currentFiscalYear()),
} satisfies Partial<H>;
