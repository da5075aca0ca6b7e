// The API contract: every call the renderer, the CLI and the browser host can make.
// name → zod input schema → result type. Electron's main process registers one ipcMain handler
// per key, the preload exposes exactly these keys, and the browser host serves the same map.
import { z } from 'zod';
import { PlanDocument } from '../domain/document.ts';
import type { Department, Initiative, PlanHeader, Policy } from '../domain/schema.ts';
import { InitiativeId } from '../domain/schema.ts';
import { FreezeInput } from '../revisions/freeze.ts';
import { StartPeriodInput } from '../revisions/period.ts';
import { CompareInput, PlanRef, RevisionRef } from '../revisions/inputs.ts';
import type { PdfFile, PlanPeriodInfo, RevisionComparison, RevisionInfo, WorkingCopyStatus } from '../revisions/types.ts';
import {
  AsOfInput, CreateInitiativeInput, InitiativeRefInput, ListHistoryInput, MergeDepartmentsInput, MoveInitiativeInput,
  RenameDepartmentInput, SaveDepartmentsInput, SaveInitiativeInput, SavePlanHeaderInput, SavePoliciesInput, UndoInput,
  type DeletedInitiative, type DepartmentEditResult, type HistoryPage, type NoChangeResult, type PlanForEdit, type SaveResult, type UndoResult,
} from '../editing/api-types.ts';
import type { CheckReport } from '../checks/types.ts';
import { ClearReviewMarkInput, SetReviewMarkInput, type ReviewMarkResult } from '../editing/review-inputs.ts';
import type { Progress } from '../checks/progress.ts';
import { PdfJobRef, type PdfJobStatus } from './pdf-jobs.ts';

import {
  CreateSurveyRoundInput, DecideSurveyChangesInput, ExportPlanXlsxInput, ExportSurveyFormsInput, ImportSurveyReturnsInput,
  ReturnFileInput, RoundRefInput, UndoSurveyApplyInput,
  DepartmentInfoInput, MailDraftsInput, RecipientInput,
} from '../survey/inputs.ts';
import type {
  CreateSurveyRoundResult, FileDownload, ImportReport, SurveyApplyResult, SurveyFormFile, SurveyReview, SurveyRoundStatus,
  SurveyRoundSummary, UndoSurveyApplyResult,
} from '../survey/api-types.ts';

/** Declares one method: its input schema, and (as a type only) its result. */
function method<I extends z.ZodType, R>(input: I): { input: I; result?: R } {
  return { input };
}

const Empty = z.strictObject({});

/** PDF: an excerpt by Nos and/or 課, and the era style overriding plan.eraStyle. */
const RenderPlanPdfInput = z.strictObject({
  only: z.array(z.number().int().min(1).max(99999)).max(100000).optional(),
  department: z.string().min(1).max(100).optional(),
  era: z.enum(['seireki', 'wareki', 'both']).optional(),
  /** working (default): the working copy, marked 作業中(未確定) when it differs from the last freeze; frozen: that revision. */
  edition: z.enum(['working', 'frozen']).optional(),
});

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  dbPath: string;
  /** Where the app's log files are (for the help desk). */
  logDir: string;
  /** The name recorded in the audit trail: displayName, else osUser. */
  user: string;
  /** This terminal's display name ('' = none set, the OS login is used). */
  displayName: string;
  osUser: string;
  host: 'electron' | 'browser' | 'cli';
  /** Open for viewing only: another terminal holds the DB, or it cannot be written. */
  readOnly: boolean;
  /** Why, in plain words (null when editable). */
  readOnlyReason: string | null;
  /** Who holds the DB, when another program does. */
  holder: { holder: string; host: string; since: string } | null;
}

/** A terminal's display name: 50 characters at most, no control characters ('' = use the OS login). */
const SaveDisplayNameInput = z.strictObject({
  displayName: z.string().max(50).regex(/^[^\p{Cc}]*$/u, '改行などの制御文字は使えません'),
});

export interface PlanView {
  planId: number;
  readOnly: boolean;
  plan: PlanHeader;
  policies: Policy[];
  departments: Department[];
}

export type InitiativeView = Initiative & { version: number };

export const contract = {
  // --- foundation ---
  getAppInfo: method<typeof Empty, AppInfo>(Empty),
  /** This terminal's display name for 変更履歴, decisions and returns (kept on the terminal, not in the DB). */
  saveDisplayName: method<typeof SaveDisplayNameInput, AppInfo>(SaveDisplayNameInput),
  /** 「再読み込み」 of a view-only start: opens the DB for editing once its holder has closed it. */
  reopenDatabase: method<typeof Empty, AppInfo>(Empty),
  getPlan: method<typeof Empty, PlanView>(Empty),
  listInitiatives: method<typeof Empty, InitiativeView[]>(Empty),
  getInitiative: method<z.ZodObject<{ id: typeof InitiativeId }>, InitiativeView>(z.strictObject({ id: InitiativeId })),
  dumpPlan: method<typeof Empty, PlanDocument>(Empty),
  /** Replaces the whole current plan. `document` is validated by the handler, to name JSON paths in its message. */
  loadPlan: method<z.ZodObject<{ document: z.ZodUnknown }>, { initiatives: number }>(z.strictObject({ document: z.unknown() })),
  // --- editing ---
  saveInitiative: method<typeof SaveInitiativeInput, SaveResult>(SaveInitiativeInput),
  createInitiative: method<typeof CreateInitiativeInput, InitiativeView>(CreateInitiativeInput),
  deleteInitiative: method<typeof InitiativeRefInput, { batchId: number | null }>(InitiativeRefInput),
  restoreInitiative: method<typeof InitiativeRefInput, { no: number; renumbered: boolean }>(InitiativeRefInput),
  listDeletedInitiatives: method<typeof Empty, DeletedInitiative[]>(Empty),
  renumberInitiatives: method<typeof Empty, NoChangeResult>(Empty),
  moveInitiative: method<typeof MoveInitiativeInput, NoChangeResult>(MoveInitiativeInput),
  getPlanForEdit: method<typeof Empty, PlanForEdit>(Empty),
  savePlanHeader: method<typeof SavePlanHeaderInput, SaveResult>(SavePlanHeaderInput),
  savePolicies: method<typeof SavePoliciesInput, SaveResult>(SavePoliciesInput),
  saveDepartments: method<typeof SaveDepartmentsInput, DepartmentEditResult>(SaveDepartmentsInput),
  renameDepartment: method<typeof RenameDepartmentInput, DepartmentEditResult>(RenameDepartmentInput),
  mergeDepartments: method<typeof MergeDepartmentsInput, DepartmentEditResult>(MergeDepartmentsInput),
  listHistory: method<typeof ListHistoryInput, HistoryPage>(ListHistoryInput),
  undo: method<typeof UndoInput, UndoResult>(UndoInput),
  redo: method<typeof UndoInput, UndoResult>(UndoInput),
  runChecks: method<typeof AsOfInput, CheckReport>(AsOfInput),
  getProgress: method<typeof AsOfInput, Progress>(AsOfInput),
  // --- PDF ---
  /** The current plan's official PDF (A4 landscape), rendered in a worker thread. */
  renderPlanPdf: method<typeof RenderPlanPdfInput, PdfFile>(RenderPlanPdfInput),
  /** The same PDF as a background job, for a progress bar: poll getPdfJob with the id. */
  startPlanPdf: method<typeof RenderPlanPdfInput, { jobId: string }>(RenderPlanPdfInput),
  /** A job's progress; once finished, its file (or error) is handed out once and the job forgotten. */
  getPdfJob: method<typeof PdfJobRef, PdfJobStatus>(PdfJobRef),
  /** Starts the PDF worker in the background (the PDF screen calls it on opening), so the first PDF is quick. */
  warmPdfWorker: method<typeof Empty, { warming: true }>(Empty),
  // --- survey rounds ---
  listSurveyRounds: method<typeof Empty, SurveyRoundSummary[]>(Empty),
  /** Snapshot + one form per 課, written into `outDir` and/or returned as base64. */
  createSurveyRound: method<typeof CreateSurveyRoundInput, CreateSurveyRoundResult>(CreateSurveyRoundInput),
  /** The forms of a round drawn again (to resend, or to download in the browser host). */
  exportSurveyForms: method<typeof ExportSurveyFormsInput, { files: SurveyFormFile[] }>(ExportSurveyFormsInput),
  /** Returned forms (base64): identified, checked, read; accepted ones stored, refused ones change nothing. */
  importSurveyReturns: method<typeof ImportSurveyReturnsInput, ImportReport>(ImportSurveyReturnsInput),
  getSurveyReview: method<typeof RoundRefInput, SurveyReview>(RoundRefInput),
  decideSurveyChanges: method<typeof DecideSurveyChangesInput, SurveyReview>(DecideSurveyChangesInput),
  /** Applies the accepted/edited changes in one transaction after an automatic backup. */
  applySurveyChanges: method<typeof RoundRefInput, SurveyApplyResult>(RoundRefInput),
  undoSurveyApply: method<typeof UndoSurveyApplyInput, UndoSurveyApplyResult>(UndoSurveyApplyInput),
  getSurveyStatus: method<typeof RoundRefInput, SurveyRoundStatus>(RoundRefInput),
  /** A returned file exactly as it was imported. */
  getSurveyReturnFile: method<typeof ReturnFileInput, FileDownload>(ReturnFileInput),
  /** A 課 added to a round after creation: its (late) form comes back for download. */
  addSurveyRecipient: method<typeof RecipientInput, { form: FileDownload }>(RecipientInput),
  /** A 課 taken out of a round: no longer 未回答, its returns kept but not merged. */
  removeSurveyRecipient: method<typeof RecipientInput, { removed: string }>(RecipientInput),
  /** The 課 master's group flags (「課の集まり・照会先にしない」) and contacts (mail, name). */
  saveDepartmentInfo: method<typeof DepartmentInfoInput, { changed: number }>(DepartmentInfoInput),
  /** One mail draft (.eml, form attached) per recipient, as files to download; `withoutAddress`: 課 with no mail address. */
  makeSurveyMailDrafts: method<typeof MailDraftsInput, { files: FileDownload[]; withoutAddress: string[] }>(MailDraftsInput),
  /** The whole plan as an Excel workbook (取組一覧 + 取組詳細). */
  exportPlanXlsx: method<typeof ExportPlanXlsxInput, FileDownload>(ExportPlanXlsxInput),
  // --- revisions and periods ---
  listRevisions: method<typeof Empty, RevisionInfo[]>(Empty),
  /** 「改定版を確定」: freezes the current plan's working copy as a new revision. */
  freezeRevision: method<typeof FreezeInput, RevisionInfo>(FreezeInput),
  /** A frozen revision's document, exactly as frozen. */
  getRevision: method<typeof RevisionRef, PlanDocument>(RevisionRef),
  /** 新旧対照表: from/to are revision labels or "working" (the current plan's working copy). */
  compareRevisions: method<typeof CompareInput, RevisionComparison>(CompareInput),
  listPlans: method<typeof Empty, PlanPeriodInfo[]>(Empty),
  /** Any plan period's document (an ended one is read-only). */
  getPlanDocument: method<typeof PlanRef, PlanDocument>(PlanRef),
  /** 「新しい計画期間を開始」: the new plan becomes current, the old one read-only. */
  startPeriod: method<typeof StartPeriodInput, { planId: number; title: string; initiatives: number }>(StartPeriodInput),
  /** The 新旧対照表 PDF (A4 landscape, changed passages underlined). */
  renderComparePdf: method<typeof CompareInput, PdfFile>(CompareInput),
  /** A frozen revision's official PDF, printed from its snapshot. */
  renderRevisionPdf: method<typeof RevisionRef, PdfFile>(RevisionRef),
  /** Any plan period's official PDF (an ended one included). */
  renderPlanPeriodPdf: method<typeof PlanRef, PdfFile>(PlanRef),
  /** The current plan's newest revision and whether the working copy differs from it (PDF 出力's 作業中/確定済み). */
  workingCopyStatus: method<typeof Empty, WorkingCopyStatus>(Empty),
  // --- data safety ---
  // --- 要確認 marks ---
  /** 「確認済みにする」: the mark on one field goes, its text stays. */
  clearReviewMark: method<typeof ClearReviewMarkInput, ReviewMarkResult>(ClearReviewMarkInput),
  /** Marks one field as needing a check, with its reason, on the text it has now. */
  setReviewMark: method<typeof SetReviewMarkInput, ReviewMarkResult>(SetReviewMarkInput),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<N extends MethodName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends MethodName> = z.output<Contract[N]['input']>;
export type MethodResult<N extends MethodName> = NonNullable<Contract[N]['result']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { PlanDocument };
