// Foundation handlers: read the plan, dump it, and replace it from a dump (`load`).
import { readFileSync } from 'node:fs';
import { AppError } from '../../shared/api/errors.ts';
import type { Handlers } from '../../shared/api/dispatch.ts';
import { logDirOf } from '../log/log-file.ts';
import { SCHEMA_VERSION } from '../store/migrations.ts';
import { currentPlanId, readDepartments, readInitiative, readInitiatives, readPlanDocument, readPlanHeader, readPlanRow, readPolicies } from '../store/plan-read.ts';
import { replacePlanContent } from '../store/plan-write.ts';
import { parsePlanDocument } from '../store/seed.ts';
import { recordBatch } from '../store/audit.ts';
import { carryMarks } from '../../shared/domain/review-marks.ts';
import type { HandlerContext } from './context.ts';

type H = Handlers<HandlerContext>;

const appVersion = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
})();

export const planHandlers = {
  getAppInfo: (_input, ctx) => ({ appVersion, schemaVersion: SCHEMA_VERSION, dbPath: ctx.dbPath, logDir: logDirOf(ctx.dbPath), user: ctx.user, host: ctx.host }),

  getPlan: (_input, { db }) => {
    const planId = currentPlanId(db);
    return {
      planId,
      readOnly: readPlanRow(db, planId).read_only === 1,
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
      if (readPlanRow(db, planId).read_only === 1) throw new AppError('READ_ONLY', 'この計画は読み取り専用です(確定済みの改定版または終了した計画期間)。');
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
