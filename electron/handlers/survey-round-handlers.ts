// Survey round handlers for recipients and mail drafts: a 課 added to or taken out of a round,
// the 課 master's group flags and contacts, and one mail draft (.eml) per recipient.
import type { Handlers } from '../../shared/api/dispatch.ts';
import { saveDepartmentInfo } from '../store/department-info.ts';
import { mailDrafts } from '../survey/mail-drafts.ts';
import { addRecipient, removeRecipient } from '../survey/recipients.ts';
import type { HandlerContext } from './context.ts';

type H = Handlers<HandlerContext>;

export const surveyRoundHandlers = {
  addSurveyRecipient: async ({ roundId, department, answersFor }, ctx) =>
    ({ form: await addRecipient(ctx.db, roundId, department, answersFor ?? [], { user: ctx.user, source: ctx.source }) }),

  removeSurveyRecipient: ({ roundId, department }, ctx) => {
    removeRecipient(ctx.db, roundId, department, { user: ctx.user, source: ctx.source });
    return { removed: department };
  },

  saveDepartmentInfo: ({ departments }, ctx) => saveDepartmentInfo(ctx.db, { who: ctx.user, source: ctx.source }, departments),

  makeSurveyMailDrafts: (input, ctx) => mailDrafts(ctx.db, input, ctx.dbPath),
} satisfies Partial<H>;
