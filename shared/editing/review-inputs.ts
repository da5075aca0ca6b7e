// Inputs of the 要確認 calls: clear a mark without editing (「確認済みにする」), or set one.
import { z } from 'zod';
import { InitiativeId, ReviewField } from '../domain/schema.ts';

const Version = z.number().int().min(1);

export const ClearReviewMarkInput = z.strictObject({ id: InitiativeId, field: ReviewField, version: Version.optional() });
export const SetReviewMarkInput = z.strictObject({
  id: InitiativeId,
  field: ReviewField,
  reason: z.string().trim().min(1, { message: '要確認の理由を入力してください' }).max(500, { message: '理由は500文字以内にしてください' }),
  version: Version.optional(),
});

export interface ReviewMarkResult { version: number; batchId: number | null }
