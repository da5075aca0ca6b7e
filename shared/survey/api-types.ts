// Result types of the survey methods, shared by the handlers, the CLI and the review screen.
import type { FileDownload } from '../files/file-download.ts';
import type { ConflictKind, Decision, FieldMerge, MergeStatus, ReturnComment, SurveyField } from './types.ts';

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
  status: MergeStatus;
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
  /** Of the round(s) touched, after this import. */
  changes: number;
  conflicts: number;
}

export interface SurveyReviewItem extends FieldMerge {
  decision: Decision | null;
  /** A decision was taken, but on a situation that has changed since (new return, DB edit). */
  staleDecision: boolean;
}

export interface SurveyReview {
  round: SurveyRoundSummary;
  items: SurveyReviewItem[];
  comments: ReturnComment[];
  counts: { changes: number; conflicts: number; unresolvedConflicts: number; decided: number; applied: number };
}

export interface SurveyApplyResult {
  applyId: number;
  fields: number;
  initiatives: number;
  backupPath: string | null;
  /** Changes left undecided, not applied (they stay in the review). */
  undecided: number;
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

export type DepartmentState = 'unanswered' | 'answered' | 'rejected';

export interface DepartmentStatus {
  department: string;
  formFile: string;
  initiatives: number;
  state: DepartmentState;
  returnedAt: string | null;
  returnFile: string | null;
  returnId: number | null;
  /** All returns kept for this 課 (the newest is the one merged). */
  returns: { id: number; fileName: string; importedAt: string; active: boolean }[];
  /** The latest refused file of this 課 in this session, when newer than any accepted one. */
  rejection: { fileName: string; at: string; reason: string } | null;
}

export interface SurveyRoundStatus {
  round: SurveyRoundSummary;
  departments: DepartmentStatus[];
  unanswered: string[];
  /** The 未回答 list, ready to paste into a reminder mail. */
  reminderText: string;
  applies: ApplySummary[];
  /** Refused files that could not be tied to a 課 (this session). */
  unidentified: { fileName: string; at: string; reason: string }[];
}


export type { FileDownload };
