// Input schemas of the revisions API that are not a step of their own (freeze.ts, period.ts).
import { z } from 'zod';

const Label = (what: string) => z.string().trim().min(1, { message: `${what}を指定してください` }).max(100, { message: `${what}は100文字以内です` });

/** A frozen revision, by its label (e.g. 2025年度改定版). */
export const RevisionRef = z.strictObject({ label: Label('改定版の名前') });

/** 改正前 (from) and 改正後 (to): revision labels, or "working" for the current plan's working copy. */
export const CompareInput = z.strictObject({ from: Label('比較元(改正前)の改定版'), to: Label('比較先(改正後)の改定版') });

/** A plan period, by its id (listPlans). */
export const PlanRef = z.strictObject({ planId: z.number().int().min(1) });
