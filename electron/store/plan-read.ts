// Reading a plan out of the DB into domain objects (whole document, or one initiative).
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { FORMAT, type Initiative, type PlanHeader } from '../../shared/domain/schema.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type {
  DepartmentRow, HistoryRow, InitiativeDepartmentRow, InitiativeRow, NoteRow, PlanRow, PolicyRow,
  ResultRow, ReviewMarkRow, ScheduleBarRow, SectionRow, SourcePlanRow,
} from './rows.ts';

/** An initiative as stored: the domain record plus its optimistic-concurrency version. */
export type StoredInitiative = Initiative & { version: number };

export function currentPlanId(db: Database): number {
  const row = db.prepare('SELECT id FROM plan WHERE is_current = 1').get() as { id: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', '現在の計画がデータベースにありません。`plan-desk init` で作り直すか、バックアップから復元してください。');
  return row.id;
}

export function readPlanRow(db: Database, planId: number): PlanRow {
  const row = db.prepare('SELECT * FROM plan WHERE id = ?').get(planId) as PlanRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `計画(ID ${planId})が見つかりません。`);
  return row;
}

export function readPlanHeader(db: Database, planId: number): PlanHeader {
  const p = readPlanRow(db, planId);
  const sections = db.prepare('SELECT * FROM plan_section WHERE plan_id = ? ORDER BY pos').all(planId) as SectionRow[];
  const history = db.prepare('SELECT * FROM plan_history_row WHERE plan_id = ? ORDER BY pos').all(planId) as HistoryRow[];
  const notes = db.prepare('SELECT * FROM plan_note WHERE plan_id = ? ORDER BY pos').all(planId) as NoteRow[];
  return {
    title: p.title,
    edition: p.edition,
    organization: p.organization,
    division: p.division,
    firstFiscalYear: p.first_fy,
    lastFiscalYear: p.last_fy,
    establishedOn: p.established_on,
    revisedOn: p.revised_on,
    eraStyle: p.era_style,
    sections: sections.map((s) => ({ heading: s.heading, body: s.body })),
    revisionHistory: history.map((h) => ({ kind: h.kind, date: h.date, summary: JSON.parse(h.summary_json) as string[] })),
    notes: notes.map((n) => n.text),
  };
}

export function readPolicies(db: Database, planId: number) {
  const rows = db.prepare('SELECT * FROM policy WHERE plan_id = ? ORDER BY pos').all(planId) as PolicyRow[];
  return rows.map((r) => ({ code: r.code, name: r.name }));
}

export function readDepartments(db: Database, planId: number) {
  const rows = db.prepare('SELECT * FROM department WHERE plan_id = ? ORDER BY pos').all(planId) as DepartmentRow[];
  return rows.map((r) => ({
    name: r.name, ...(r.is_group === 1 ? { group: true as const } : {}), ...(r.mail ? { mail: r.mail } : {}), ...(r.contact_name ? { contactName: r.contact_name } : {}),
  }));
}

function groupBy<T extends { initiative_id: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.initiative_id);
    if (list) list.push(r);
    else m.set(r.initiative_id, [r]);
  }
  return m;
}

/**
 * Live initiatives of a plan in document order (重点 first, then by No.), or only `ids`.
 * Child rows are read in one query per table, not per initiative, so 1,000 items stay fast.
 */
export function readInitiatives(db: Database, planId: number, opts: { ids?: string[]; deleted?: boolean } = {}): StoredInitiative[] {
  const live = opts.deleted ? 'i.deleted_at IS NOT NULL' : 'i.deleted_at IS NULL';
  const scope = `i.plan_id = ? AND ${live}`;
  const rows = db.prepare(`SELECT * FROM initiative i WHERE ${scope} ORDER BY i.priority DESC, i.no`).all(planId) as InitiativeRow[];
  const wanted = opts.ids ? new Set(opts.ids) : null;
  const items = wanted ? rows.filter((r) => wanted.has(r.id)) : rows;
  const child = <T>(sql: string) => db.prepare(sql).all(planId) as T[];
  const depts = groupBy(child<InitiativeDepartmentRow>(
    `SELECT x.initiative_id, x.pos, d.name FROM initiative_department x JOIN department d ON d.id = x.department_id
     JOIN initiative i ON i.id = x.initiative_id WHERE ${scope} ORDER BY x.initiative_id, x.pos`));
  const sources = groupBy(child<SourcePlanRow>(
    `SELECT x.* FROM source_plan x JOIN initiative i ON i.id = x.initiative_id WHERE ${scope} ORDER BY x.initiative_id, x.pos`));
  const bars = groupBy(child<ScheduleBarRow>(
    `SELECT x.* FROM schedule_bar x JOIN initiative i ON i.id = x.initiative_id WHERE ${scope} ORDER BY x.initiative_id, x.pos`));
  const results = groupBy(child<ResultRow>(
    `SELECT x.* FROM result x JOIN initiative i ON i.id = x.initiative_id WHERE ${scope} ORDER BY x.initiative_id, x.pos`));
  const marks = groupBy(child<ReviewMarkRow>(
    `SELECT x.* FROM review_mark x JOIN initiative i ON i.id = x.initiative_id WHERE ${scope} ORDER BY x.initiative_id, x.pos`));
  return items.map((r) => ({
    id: r.id,
    no: r.no,
    priority: r.priority === 1,
    policy: r.policy_code,
    isNew: r.is_new === 1,
    isExpanded: r.is_expanded === 1,
    title: r.title,
    departments: (depts.get(r.id) ?? []).map((d) => d.name),
    sourcePlans: (sources.get(r.id) ?? []).map((s) => ({ name: s.name, ref: s.ref })),
    purpose: r.purpose,
    activity: r.activity,
    schedule: (bars.get(r.id) ?? []).map((b) => ({ label: b.label, from: b.from_fy, to: b.to_fy, lane: b.lane })),
    results: (results.get(r.id) ?? []).map((x) => ({ fiscalYear: x.fiscal_year, text: x.text })),
    // No key at all without marks: dumps stay as they were before marks existed.
    ...(marks.has(r.id) ? { reviewMarks: marks.get(r.id)!.map((m) => ({ field: m.field, reason: m.reason, text: m.text })) } : {}),
    version: r.version,
  }));
}

export function readInitiative(db: Database, id: string): StoredInitiative {
  const row = db.prepare('SELECT plan_id FROM initiative WHERE id = ? AND deleted_at IS NULL').get(id) as { plan_id: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `取組(ID ${id})が見つかりません。削除されたか、別の計画の取組です。`);
  const [item] = readInitiatives(db, row.plan_id, { ids: [id] });
  return item!;
}

/** The whole plan in the dump format. Versions are left out: they belong to the DB, not the plan. */
export function readPlanDocument(db: Database, planId: number): PlanDocument {
  return {
    format: FORMAT,
    plan: readPlanHeader(db, planId),
    policies: readPolicies(db, planId),
    departments: readDepartments(db, planId),
    initiatives: readInitiatives(db, planId).map(({ version: _v, ...it }) => it),
  };
}
