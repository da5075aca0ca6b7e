// Result types of the survey methods, shared by the handlers, the CLI and the review screen.
import type { FileDownload } from '../files/file-download.ts';
import type { ItemState, ItemVerdict, SurveyCounts } from './item-state.ts';
import type { ConflictKind, FieldMerge, ReturnComment, SurveyField } from './types.ts';

export interface SurveyRoundSummary {
  id: number;
  name: string;
  fiscalYear: number;
  deadline: string | null;
  createdAt: string;
  createdBy: string;
  formVersion: number;
  departments: number;
  returned: number;
}

export interface SurveyFormFile extends FileDownload {
  department: string;
  initiatives: number;
}

export interface CreateSurveyRoundResult {
  round: SurveyRoundSummary;
  files: SurveyFormFile[];
  /** Sheet protection password of the forms, for a coordinator helping a 課. */
  protectionPassword: string;
}

/** Where a problem is in a file: the sheet and cell are absent when the file itself is the problem. */
export interface FileProblem {
  sheet: string | null;
  cell: string | null;
  message: string;
}

export type ImportFileStatus = 'accepted' | 'replaced' | 'kept-older' | 'duplicate' | 'rejected';

export interface ImportFileChange {
  initiativeId: string;
  no: number;
  title: string;
  field: SurveyField;
  state: ItemState;
  conflict: boolean;
  conflicts: ConflictKind[];
  cell: string;
  before: string;
  after: string;
}

export interface ImportFileReport {
  fileName: string;
  sha256: string;
  status: ImportFileStatus;
  department: string | null;
  roundName: string | null;
  returnId: number | null;
  /** One Japanese sentence: what happened and, when refused, what to do. */
  message: string;
  problems: FileProblem[];
  changes: ImportFileChange[];
  comments: number;
}

export interface ImportReport {
  roundId: number | null;
  files: ImportFileReport[];
  accepted: number;
  rejected: number;
  duplicates: number;
  /** Of the round touched, after this import (null when no single round was touched). */
  counts: SurveyCounts | null;
}

export type SurveyReviewItem = FieldMerge & ItemVerdict;

export interface SurveyReview {
  round: SurveyRoundSummary;
  items: SurveyReviewItem[];
  comments: ReturnComment[];
  counts: SurveyCounts;
}

export interface SurveyApplyResult {
  applyId: number;
  fields: number;
  initiatives: number;
  backupPath: string | null;
  /** Items recorded as applied (written, or already in the ledger). */
  items: number;
  /** Items still open, not applied (they stay in the review). */
  open: number;
  /** Decided items not written (a character the plan cannot hold), one sentence each naming file and cell. */
  skipped: string[];
}

export interface ApplySummary {
  id: number;
  at: string;
  who: string;
  fields: number;
  initiatives: number;
  sources: string[];
  undoneAt: string | null;
  undoneBy: string | null;
}

export interface LaterEdit {
  initiativeId: string;
  no: number | null;
  field: string;
  at: string;
  who: string;
  source: string;
}

export interface UndoSurveyApplyResult {
  applyId: number;
  restored: number;
  overwritten: LaterEdit[];
  backupPath: string | null;
}

/** removed: taken out of the round (not a recipient any more; not 未回答). */
export type DepartmentState = 'unanswered' | 'answered' | 'rejected' | 'removed';

export interface DepartmentStatus {
  department: string;
  formFile: string;
  initiatives: number;
  state: DepartmentState;
  /** Added after the round was created (a late form). */
  addedAt: string | null;
  /** From the 課 master, for mail drafts. */
  contact: { mail: string | null; name: string | null } | null;
  returnedAt: string | null;
  returnFile: string | null;
  returnId: number | null;
  /** All returns kept for this 課 (the newest is the one merged). */
  returns: { id: number; fileName: string; importedAt: string; active: boolean }[];
  /** The latest refused file of this 課 (kept across restarts, beside the DB), when newer than any accepted one. */
  rejection: { fileName: string; at: string; reason: string } | null;
}

export interface SurveyRoundStatus {
  round: SurveyRoundSummary;
  departments: DepartmentStatus[];
  unanswered: string[];
  /** The 未回答 list, ready to paste into a reminder mail. */
  reminderText: string;
  applies: ApplySummary[];
  /** The mail template of the round's drafts (the defaults until one is saved). */
  mail: { subject: string; body: string };
  /** Group entries of the master named by the round's initiatives: their Nos, and who answers for them. */
  groups: { group: string; initiatives: number[]; answerers: string[] }[];
  /** Refused files that could not be tied to a round or 課, since this round was created. */
  unidentified: { fileName: string; at: string; reason: string }[];
}


export type { FileDownload };
