// 要確認 handlers: thin wrappers over the review-mark store (the audit source is who asked, from where).
import type { Handlers } from '../../shared/api/dispatch.ts';
import type { HandlerContext } from './context.ts';
import { clearReviewMark, setReviewMark } from '../store/review-mark-store.ts';

type H = Handlers<HandlerContext>;
const src = (ctx: HandlerContext) => ({ who: ctx.user, source: ctx.source });

export const reviewHandlers = {
  clearReviewMark: ({ id, field, version }, ctx) => clearReviewMark(ctx.db, src(ctx), id, field, version),
  setReviewMark: ({ id, field, reason, version }, ctx) => setReviewMark(ctx.db, src(ctx), id, field, reason, version),
} satisfies Partial<H>;
