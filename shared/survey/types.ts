// The survey round (庁内照会) as the pure core sees it: fields a 課 may answer, what a returned
// form says, and the three-way merge of base (what was sent), returns and the current DB.
import type { Initiative, Policy, ScheduleBar } from '../domain/schema.ts';
import type { EraStyle } from '../domain/schema.ts';

/** The fields a 課 can change through the form. `result` is the round's target fiscal year only. */
export const SURVEY_FIELDS = ['result', 'schedule', 'purpose', 'activity'] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

export interface FieldValues {
  result: string;
  schedule: ScheduleBar[];
  purpose: string;
  activity: string;
}
export type FieldValue = FieldValues[SurveyField];

export const FIELD_LABELS: Record<SurveyField, string> = {
  result: '実績',
  schedule: '計画',
  purpose: '目的',
  activity: '活動内容',
};

/** What was sent: enough to redraw every form exactly and to serve as the merge base. */
export interface RoundSnapshot {
  planId: number;
  firstFiscalYear: number;
  lastFiscalYear: number;
  eraStyle: EraStyle;
  policies: Policy[];
  initiatives: Initiative[];
}

/** One initiative's block of a returned form. A field left out means "no proposal" (= base). */
export interface ReturnBlock {
  initiativeId: string;
  values: Partial<FieldValues>;
  /** Where each field was read, e.g. 回答!C14 or 回答!B17:E21. */
  cells: Partial<Record<SurveyField, string>>;
  comment: string;
  commentCell: string;
}

/** One accepted (active) return, as the merge reads it. */
export interface ReturnForMerge {
  returnId: number;
  department: string;
  fileName: string;
  blocks: ReturnBlock[];
}

export interface Proposal {
  department: string;
  returnId: number;
  fileName: string;
  cell: string;
  value: FieldValue;
}

export type ConflictKind = 'db' | 'departments' | 'deleted';
export type MergeStatus = 'change' | 'conflict' | 'applied';

/** One field of one initiative that some return proposes to change. */
export interface FieldMerge {
  initiativeId: string;
  no: number;
  title: string;
  field: SurveyField;
  base: FieldValue;
  /** null: the initiative has been deleted from the DB since the form was sent. */
  current: FieldValue | null;
  /** Only proposals that differ from the base. */
  proposals: Proposal[];
  status: MergeStatus;
  conflicts: ConflictKind[];
  /** Identifies the situation a decision was taken on; a new return or DB edit changes it. */
  fingerprint: string;
}

export interface ReturnComment {
  initiativeId: string;
  no: number;
  title: string;
  department: string;
  returnId: number;
  fileName: string;
  cell: string;
  text: string;
}

export type DecisionAction = 'accept' | 'reject' | 'edit';

/**
 * The situation a decision was taken on, or an apply left behind: the ledger value and each 課's
 * answer, in canonical form. A newer return that answers the same keeps it; a different answer or
 * a ledger edit changes it (and the item opens again, saying which).
 */
export interface ItemBasis {
  /** null: the initiative is deleted. */
  current: string | null;
  /** 課 → its answer (only 課 whose answer differs from what was sent). */
  answers: Record<string, string>;
}

/** One decision of the coordinator, as recorded (the latest of an item is the one in force). */
export interface Decision {
  id: number;
  initiativeId: string;
  field: SurveyField;
  /** accept: a 課's answer (`department`); reject: 現在のまま; edit: the edited value. */
  action: DecisionAction;
  department: string | null;
  /** The value to write (accept/edit); null for reject. */
  value: FieldValue | null;
  /** null: recorded by an older version of the app (situation unknown). */
  basis: ItemBasis | null;
  decidedAt: string;
  decidedBy: string;
}

/** What one apply wrote for an item (written false: the ledger already held the value). */
export interface AppliedItem {
  applyId: number;
  at: string;
  who: string;
  initiativeId: string;
  field: SurveyField;
  decisionId: number;
  written: boolean;
  value: FieldValue;
  /** The situation right after the apply. */
  basis: ItemBasis;
  /** The returned files the value came from (audit sources). */
  sources: string[];
}
