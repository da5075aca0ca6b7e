// Row types of the survey tables: exactly what SQLite returns.
export interface SurveyRoundRow {
  id: number;
  uid: string;
  plan_id: number;
  name: string;
  fiscal_year: number;
  deadline: string | null;
  form_version: number;
  protect_password: string;
  snapshot_json: string;
  created_at: string;
  created_by: string;
  mail_subject: string | null;
  mail_body: string | null;
}
export interface SurveyFormRow {
  round_id: number;
  department: string;
  pos: number;
  file_name: string;
  /** [{ id, top, hash }] in block order. */
  blocks_json: string;
  /** Added after the round was created (a late form). */
  added_at: string | null;
  added_by: string | null;
  /** Taken out of the round: no longer a recipient (its returns are kept). */
  removed_at: string | null;
  removed_by: string | null;
}
export interface SurveyReturnRow {
  id: number;
  round_id: number;
  department: string;
  file_name: string;
  sha256: string;
  size: number;
  content: Buffer;
  saved_at: string | null;
  imported_at: string;
  imported_by: string;
  /** ReturnBlock[] as read from the file. */
  blocks_json: string;
  superseded_by: number | null;
}
export type SurveyReturnMetaRow = Omit<SurveyReturnRow, 'content'>;
export interface SurveyDecisionEventRow {
  id: number;
  round_id: number;
  initiative_id: string;
  field: 'result' | 'schedule' | 'purpose' | 'activity';
  action: 'accept' | 'reject' | 'edit' | 'clear';
  department: string | null;
  value_json: string | null;
  /** ItemBasis, or 'null' for decisions recorded before bases were kept. */
  basis_json: string;
  decided_at: string;
  decided_by: string;
}
export interface SurveyApplyItemRow {
  apply_id: number;
  initiative_id: string;
  field: 'result' | 'schedule' | 'purpose' | 'activity';
  decision_id: number;
  written: 0 | 1;
  value_json: string;
  basis_json: string;
}
export interface SurveyApplyRow {
  id: number;
  round_id: number;
  at: string;
  who: string;
  fields: number;
  initiatives: number;
  backup_path: string | null;
  undone_at: string | null;
  undone_by: string | null;
}
