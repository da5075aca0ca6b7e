// Input schemas of the survey methods (registered in shared/api/contract.ts). Files cross the API
// as base64 with their names, both ways: no input names a place on disk (the shell, the browser
// or the CLI decides where a file goes).
import { z } from 'zod';
import { FiscalYear, InitiativeId, IsoDate, ScheduleBar, Text } from '../domain/schema.ts';
import { SURVEY_FIELDS } from './types.ts';
import { hasCharForbiddenInFileName } from '../files/file-names.ts';


export const RoundName = z
  .string()
  .trim()
  .min(1, { message: '照会の名前を入力してください(例: 2025年度実績照会)' })
  .max(80, { message: '照会の名前は80文字以内にしてください' })
  .refine((s) => !hasCharForbiddenInFileName(s), { message: '照会の名前はファイル名に使うため、\\ / : * ? " < > | は使えません' });

export const RoundId = z.number().int().positive();

export const CreateSurveyRoundInput = z.strictObject({
  name: RoundName,
  fiscalYear: FiscalYear,
  deadline: IsoDate.nullable().optional(),
  /** The 課 that get a form (default: every 課 of the master that is not a group and has initiatives). */
  recipients: z.array(z.string().min(1).max(100)).min(1, { message: '照会先の課を1つ以上選んでください' }).max(1000).optional(),
  /** Per group entry of the master (庁内各課 …), the real 課 that answer for it in this round. */
  groupAnswerers: z.array(z.strictObject({ group: z.string().min(1).max(100), departments: z.array(z.string().min(1).max(100)).max(1000) })).max(100).optional(),
});

export const SurveyFileInput = z.strictObject({
  name: z.string().min(1).max(255),
  /** ~25 MB of base64; the file guard refuses anything larger than 20 MB anyway. */
  base64: z.string().max(28_000_000, { message: 'ファイルが大きすぎます(20MB まで)' }),
});

export const ImportSurveyReturnsInput = z.strictObject({
  /** When given, files of any other round are refused. */
  roundId: RoundId.optional(),
  files: z.array(SurveyFileInput).min(1, { message: '取り込むファイルを選んでください' }).max(300, { message: '一度に取り込めるのは300ファイルまでです' }),
});

export const RoundRefInput = z.strictObject({ roundId: RoundId });

export const SurveyDecisionInput = z.strictObject({
  initiativeId: InitiativeId,
  field: z.enum(SURVEY_FIELDS),
  /** clear: forget the decision (back to 未決定). */
  action: z.enum(['accept', 'reject', 'edit', 'clear']),
  /** accept: whose proposal, when 課 disagree. */
  department: z.string().optional(),
  /** edit: the merged value (text, or the bars of 計画). */
  value: z.union([Text, z.array(ScheduleBar)]).optional(),
  /** The decision the screen showed when this one was chosen (null: none); another window's change since is refused. */
  seenDecisionId: z.number().int().positive().nullable().optional(),
});

export const DecideSurveyChangesInput = z.strictObject({
  roundId: RoundId,
  decisions: z.array(SurveyDecisionInput).min(1).max(10_000),
});

export const UndoSurveyApplyInput = z.strictObject({
  applyId: z.number().int().positive(),
  /** Revert even fields edited after the apply (the later edits are overwritten). */
  force: z.boolean().optional(),
});

export const ExportSurveyFormsInput = z.strictObject({
  roundId: RoundId,
  departments: z.array(z.string()).optional(),
});

export const ReturnFileInput = z.strictObject({ returnId: z.number().int().positive() });

export const ExportPlanXlsxInput = z.strictObject({
  /** Only these No., in this order (the list as filtered and sorted on screen), with its 実績 status columns. */
  only: z.array(z.number().int().min(1).max(99999)).min(1).max(100000).optional(),
  /** The fiscal year the status columns count from (the screen's today). */
  asOfFiscalYear: z.number().int().min(1900).max(2200).optional(),
});

export const RecipientInput = z.strictObject({
  roundId: RoundId,
  department: z.string().trim().min(1, { message: '課を選んでください' }).max(100),
  /** Adding: the group entries this 課 answers for in this round. */
  answersFor: z.array(z.string().min(1).max(100)).max(100).optional(),
});

export const DepartmentInfoInput = z.strictObject({
  departments: z.array(z.strictObject({
    name: z.string().min(1).max(100),
    group: z.boolean(),
    /** Checked by the handler, which names the 課 in its message. */
    mail: z.string().trim().max(254),
    contactName: z.string().trim().max(100, { message: '担当者名は100文字以内にしてください' }),
  })).min(1).max(2000),
});

export const MailDraftsInput = z.strictObject({
  roundId: RoundId,
  /** Only these recipients (default: all, or with `unansweredOnly` those who have not answered). */
  departments: z.array(z.string()).optional(),
  unansweredOnly: z.boolean().optional(),
  subject: z.string().trim().min(1, { message: '件名を入力してください' }).max(200).optional(),
  body: z.string().max(20_000).optional(),
});
