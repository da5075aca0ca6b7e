// Row types: exactly what SQLite returns, kept apart from the domain types they map to.
export interface PlanRow {
  id: number;
  title: string;
  edition: string;
  organization: string;
  division: string;
  first_fy: number;
  last_fy: number;
  established_on: string;
  revised_on: string | null;
  era_style: 'seireki' | 'wareki' | 'both';
  is_current: 0 | 1;
  read_only: 0 | 1;
  version: number;
  created_at: string;
}
export interface SectionRow { plan_id: number; pos: number; heading: string; body: string }
export interface HistoryRow { plan_id: number; pos: number; kind: '初版' | '改定'; date: string; summary_json: string }
export interface NoteRow { plan_id: number; pos: number; text: string }
export interface PolicyRow { plan_id: number; code: number; name: string; pos: number }
export interface DepartmentRow { id: number; plan_id: number; pos: number; name: string; is_group: 0 | 1; mail: string | null; contact_name: string | null }
export interface InitiativeRow {
  id: string;
  plan_id: number;
  no: number;
  priority: 0 | 1;
  policy_code: number;
  is_new: 0 | 1;
  is_expanded: 0 | 1;
  title: string;
  purpose: string;
  activity: string;
  version: number;
  deleted_at: string | null;
}
export interface InitiativeDepartmentRow { initiative_id: string; pos: number; name: string }
export interface SourcePlanRow { initiative_id: string; pos: number; name: string; ref: string | null }
export interface ScheduleBarRow { initiative_id: string; pos: number; lane: number; label: string; from_fy: number; to_fy: number }
export interface ReviewMarkRow { initiative_id: string; pos: number; field: string; reason: string; text: string }
export interface ResultRow { initiative_id: string; fiscal_year: number; pos: number; text: string }
