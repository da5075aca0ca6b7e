// Row types of the survey tables (migration 4): exactly what SQLite returns.
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
}
export interface SurveyFormRow {
  round_id: number;
  department: string;
  pos: number;
  file_name: string;
  /** [{ id, top, hash }] in block order. */
  blocks_json: string;
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
export interface SurveyDecisionRow {
  round_id: number;
  initiative_id: string;
  field: 'result' | 'schedule' | 'purpose' | 'activity';
  action: 'accept' | 'reject' | 'edit';
  value_json: string | null;
  source_return_id: number | null;
  fingerprint: string;
  decided_at: string;
  decided_by: string;
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
