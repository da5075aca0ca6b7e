// Foundation handlers: read the plan, dump it, and replace it from a dump (`load`).
import { AppError } from '../../shared/api/errors.ts';
import type { Handlers } from '../../shared/api/dispatch.ts';
import { logDirOf } from '../log/log-file.ts';
import type { AppInfo } from '../../shared/api/contract.ts';
import { appVersion } from '../app-root.ts';
import { assertWritable, planEditable } from '../store/edit-guard.ts';
import { osUserName, readTerminalSettings, saveTerminalSettings } from '../store/terminal-settings.ts';
import { viewOnlyOf } from '../store/view-only.ts';
import { SCHEMA_VERSION } from '../store/migrations.ts';
import { currentPlanId, readDepartments, readInitiative, readInitiatives, readPlanDocument, readPlanHeader, readPolicies } from '../store/plan-read.ts';
import { replacePlanContent } from '../store/plan-write.ts';
import { parsePlanDocument } from '../store/seed.ts';
import { recordBatch } from '../store/audit.ts';
import { carryMarks } from '../../shared/domain/review-marks.ts';
import type { HandlerContext } from './context.ts';

type H = Handlers<HandlerContext>;

function appInfo(ctx: HandlerContext): AppInfo {
  const v = viewOnlyOf(ctx.db);
  const h = v?.holder;
  return {
    appVersion: appVersion(), schemaVersion: SCHEMA_VERSION, dbPath: ctx.dbPath, logDir: logDirOf(ctx.dbPath), user: ctx.user,
    displayName: readTerminalSettings().displayName, osUser: osUserName(), host: ctx.host,
    readOnly: v !== null, readOnlyReason: v?.reason ?? null, holder: h ? { holder: h.holder, host: h.host, since: h.since } : null,
  };
}

export const planHandlers = {
  getAppInfo: (_input, ctx) => appInfo(ctx),

  saveDisplayName: ({ displayName }, ctx) => {
    saveTerminalSettings({ displayName });
    return appInfo(ctx);
  },

  reopenDatabase: async (_input, ctx) => {
    await ctx.app?.takeOver();
    return appInfo(ctx);
  },

  getPlan: (_input, { db }) => {
    const planId = currentPlanId(db);
    return {
      planId,
      // View-only (another terminal holds the DB) reads as read-only too: nothing offers an edit that would be refused.
      readOnly: !planEditable(db, planId),
      plan: readPlanHeader(db, planId),
      policies: readPolicies(db, planId),
      departments: readDepartments(db, planId),
    };
  },

  listInitiatives: (_input, { db }) => readInitiatives(db, currentPlanId(db)),

  getInitiative: ({ id }, { db }) => readInitiative(db, id),

  dumpPlan: (_input, { db }) => readPlanDocument(db, currentPlanId(db)),

  loadPlan: ({ document }, ctx) => {
    const parsed = parsePlanDocument(document);
    const { db } = ctx;
    return db.transaction(() => {
      const planId = currentPlanId(db);
      assertWritable(db, planId);
      const foreign = db.prepare('SELECT id FROM initiative WHERE plan_id <> ? AND id IN (SELECT value FROM json_each(?))')
        .all(planId, JSON.stringify(parsed.initiatives.map((i) => i.id))) as { id: string }[];
      if (foreign.length > 0) {
        throw new AppError('CONFLICT', `取組の ID(${foreign.slice(0, 5).map((f) => f.id).join('、')})は別の計画期間で使われています。別の ID にしてください。`);
      }
      const before = readPlanDocument(db, planId);
      const was = new Map(before.initiatives.map((it) => [it.id, it]));
      const doc = { ...parsed, initiatives: parsed.initiatives.map((it) => carryMarks(it, was.get(it.id))) };
      replacePlanContent(db, planId, doc);
      recordBatch(db, planId, { who: ctx.user, source: ctx.source }, '計画全体を読み込み(load)', [
        { entity: 'plan', entityId: String(planId), field: 'document', oldValue: before, newValue: doc },
      ]);
      return { initiatives: doc.initiatives.length };
    }).immediate();
  },
} satisfies Partial<H>;
