// The survey tables: rounds with their snapshot, the forms sent, returned files, decisions, applies.
// Callers run writes inside their own transaction; these are single statements and row mapping.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import type { ApplySummary, SurveyRoundSummary } from '../../shared/survey/api-types.ts';
import type { ReturnBlock, ReturnForMerge, RoundSnapshot } from '../../shared/survey/types.ts';
import type { SurveyApplyRow, SurveyFormRow, SurveyReturnMetaRow, SurveyRoundRow } from './survey-rows.ts';

/** One block of a form as sent: the initiative, its first row on the 回答 sheet, its hash. */
export interface FormBlockRef {
  id: string;
  top: number;
  hash: string;
}

const RETURN_META = 'id, round_id, department, file_name, sha256, size, saved_at, imported_at, imported_by, blocks_json, superseded_by';

export function roundById(db: Database, id: number): SurveyRoundRow {
  const row = db.prepare('SELECT * FROM survey_round WHERE id = ?').get(id) as SurveyRoundRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `照会(ID ${id})が見つかりません。照会の一覧から選び直してください。`);
  return row;
}

export const roundByName = (db: Database, name: string) =>
  db.prepare('SELECT * FROM survey_round WHERE name = ?').get(name) as SurveyRoundRow | undefined;

export const roundByUid = (db: Database, uid: string) =>
  db.prepare('SELECT * FROM survey_round WHERE uid = ?').get(uid) as SurveyRoundRow | undefined;

export const snapshotOf = (row: SurveyRoundRow) => JSON.parse(row.snapshot_json) as RoundSnapshot;

export function roundSummaries(db: Database, id?: number): SurveyRoundSummary[] {
  const rows = db.prepare(
    `SELECT r.id, r.name, r.fiscal_year, r.deadline, r.created_at, r.created_by, r.form_version,
       (SELECT count(*) FROM survey_form f WHERE f.round_id = r.id AND f.removed_at IS NULL) AS departments,
       (SELECT count(DISTINCT x.department) FROM survey_return x JOIN survey_form f ON f.round_id = x.round_id AND f.department = x.department
         WHERE x.round_id = r.id AND f.removed_at IS NULL) AS returned
     FROM survey_round r ${id === undefined ? '' : 'WHERE r.id = ?'} ORDER BY r.created_at DESC, r.id DESC`,
  ).all(...(id === undefined ? [] : [id])) as (Omit<SurveyRoundRow, 'uid' | 'plan_id' | 'snapshot_json' | 'protect_password'> & { departments: number; returned: number })[];
  return rows.map((r) => ({
    id: r.id, name: r.name, fiscalYear: r.fiscal_year, deadline: r.deadline, createdAt: r.created_at, createdBy: r.created_by,
    formVersion: r.form_version, departments: r.departments, returned: r.returned,
  }));
}

export function roundSummary(db: Database, id: number): SurveyRoundSummary {
  const s = roundSummaries(db, id)[0];
  if (!s) throw new AppError('NOT_FOUND', `照会(ID ${id})が見つかりません。`);
  return s;
}

export function insertRound(
  db: Database,
  r: Omit<SurveyRoundRow, 'id' | 'mail_subject' | 'mail_body'>,
  forms: { department: string; fileName: string; blocks: FormBlockRef[] }[],
): number {
  const id = Number(db.prepare(
    `INSERT INTO survey_round (uid, plan_id, name, fiscal_year, deadline, form_version, protect_password, snapshot_json, created_at, created_by)
     VALUES (@uid, @plan_id, @name, @fiscal_year, @deadline, @form_version, @protect_password, @snapshot_json, @created_at, @created_by)`,
  ).run(r).lastInsertRowid);
  const ins = db.prepare('INSERT INTO survey_form (round_id, department, pos, file_name, blocks_json) VALUES (?, ?, ?, ?, ?)');
  forms.forEach((f, i) => ins.run(id, f.department, i, f.fileName, JSON.stringify(f.blocks)));
  return id;
}

/** A recipient added after creation: its form row (a removed one comes back with its new form). */
export function addForm(db: Database, roundId: number, f: { department: string; fileName: string; blocks: FormBlockRef[] }, at: string, who: string): void {
  db.prepare(
    `INSERT INTO survey_form (round_id, department, pos, file_name, blocks_json, added_at, added_by)
     VALUES (?, ?, (SELECT coalesce(max(pos), -1) + 1 FROM survey_form WHERE round_id = ?), ?, ?, ?, ?)
     ON CONFLICT (round_id, department) DO UPDATE SET removed_at = NULL, removed_by = NULL, added_at = excluded.added_at, added_by = excluded.added_by`,
  ).run(roundId, f.department, roundId, f.fileName, JSON.stringify(f.blocks), at, who);
}

export function removeForm(db: Database, roundId: number, department: string, at: string, who: string): void {
  db.prepare('UPDATE survey_form SET removed_at = ?, removed_by = ? WHERE round_id = ? AND department = ?').run(at, who, roundId, department);
}

export function groupAnswerersOf(db: Database, roundId: number): Map<string, string[]> {
  const rows = db.prepare('SELECT group_name, department FROM survey_group_answerer WHERE round_id = ? ORDER BY rowid').all(roundId) as { group_name: string; department: string }[];
  const m = new Map<string, string[]>();
  for (const r of rows) m.set(r.group_name, [...(m.get(r.group_name) ?? []), r.department]);
  return m;
}

export function saveGroupAnswerers(db: Database, roundId: number, answerers: ReadonlyMap<string, readonly string[]>): void {
  db.prepare('DELETE FROM survey_group_answerer WHERE round_id = ?').run(roundId);
  const ins = db.prepare('INSERT OR IGNORE INTO survey_group_answerer (round_id, group_name, department) VALUES (?, ?, ?)');
  for (const [g, ds] of answerers) for (const d of ds) ins.run(roundId, g, d);
}

/** Every form of the round, removed recipients included (they keep their returns). */
export const formsOf = (db: Database, roundId: number) =>
  db.prepare('SELECT * FROM survey_form WHERE round_id = ? ORDER BY pos').all(roundId) as SurveyFormRow[];

export const formOf = (db: Database, roundId: number, department: string) =>
  db.prepare('SELECT * FROM survey_form WHERE round_id = ? AND department = ?').get(roundId, department) as SurveyFormRow | undefined;

export const blocksOf = (form: SurveyFormRow) => JSON.parse(form.blocks_json) as FormBlockRef[];

export const returnBySha = (db: Database, roundId: number, sha256: string) =>
  db.prepare(`SELECT ${RETURN_META} FROM survey_return WHERE round_id = ? AND sha256 = ?`).get(roundId, sha256) as SurveyReturnMetaRow | undefined;

export const activeReturnOf = (db: Database, roundId: number, department: string) =>
  db.prepare(`SELECT ${RETURN_META} FROM survey_return WHERE round_id = ? AND department = ? AND superseded_by IS NULL`).get(roundId, department) as SurveyReturnMetaRow | undefined;

export const returnsOf = (db: Database, roundId: number) =>
  db.prepare(`SELECT ${RETURN_META} FROM survey_return WHERE round_id = ? ORDER BY imported_at, id`).all(roundId) as SurveyReturnMetaRow[];

export function insertReturn(db: Database, r: Omit<SurveyReturnMetaRow, 'id' | 'superseded_by'> & { content: Buffer; superseded_by: number | null }): number {
  return Number(db.prepare(
    `INSERT INTO survey_return (round_id, department, file_name, sha256, size, content, saved_at, imported_at, imported_by, blocks_json, superseded_by)
     VALUES (@round_id, @department, @file_name, @sha256, @size, @content, @saved_at, @imported_at, @imported_by, @blocks_json, @superseded_by)`,
  ).run(r).lastInsertRowid);
}

export function supersede(db: Database, oldId: number, newId: number): void {
  db.prepare('UPDATE survey_return SET superseded_by = ? WHERE id = ?').run(newId, oldId);
}

export function returnContent(db: Database, id: number): { fileName: string; content: Buffer; sha256: string } {
  const row = db.prepare('SELECT file_name, content, sha256 FROM survey_return WHERE id = ?').get(id) as { file_name: string; content: Buffer; sha256: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `回答ファイル(ID ${id})が見つかりません。`);
  return { fileName: row.file_name, content: row.content, sha256: row.sha256 };
}

/** The newest return of each 課, as the merge reads them. */
export function activeReturnsForMerge(db: Database, roundId: number): ReturnForMerge[] {
  const rows = db.prepare(
    `SELECT x.id, x.department, x.file_name, x.blocks_json FROM survey_return x JOIN survey_form f
       ON f.round_id = x.round_id AND f.department = x.department
     WHERE x.round_id = ? AND x.superseded_by IS NULL AND f.removed_at IS NULL ORDER BY f.pos`,
  ).all(roundId) as Pick<SurveyReturnMetaRow, 'id' | 'department' | 'file_name' | 'blocks_json'>[];
  return rows.map((r) => ({ returnId: r.id, department: r.department, fileName: r.file_name, blocks: JSON.parse(r.blocks_json) as ReturnBlock[] }));
}

export function insertApply(db: Database, a: Omit<SurveyApplyRow, 'id' | 'undone_at' | 'undone_by'>, batchIds: number[]): number {
  const id = Number(db.prepare('INSERT INTO survey_apply (round_id, at, who, fields, initiatives, backup_path) VALUES (?, ?, ?, ?, ?, ?)')
    .run(a.round_id, a.at, a.who, a.fields, a.initiatives, a.backup_path).lastInsertRowid);
  const link = db.prepare('INSERT INTO survey_apply_batch (apply_id, batch_id) VALUES (?, ?)');
  for (const b of batchIds) link.run(id, b);
  return id;
}

export function applyById(db: Database, id: number): SurveyApplyRow {
  const row = db.prepare('SELECT * FROM survey_apply WHERE id = ?').get(id) as SurveyApplyRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `反映の記録(ID ${id})が見つかりません。`);
  return row;
}

export const batchesOfApply = (db: Database, applyId: number) =>
  (db.prepare('SELECT batch_id FROM survey_apply_batch WHERE apply_id = ? ORDER BY batch_id').all(applyId) as { batch_id: number }[]).map((r) => r.batch_id);

export function markApplyUndone(db: Database, applyId: number, at: string, who: string): void {
  db.prepare('UPDATE survey_apply SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, who, applyId);
}

export function appliesOf(db: Database, roundId: number): ApplySummary[] {
  const rows = db.prepare('SELECT * FROM survey_apply WHERE round_id = ? ORDER BY id DESC').all(roundId) as SurveyApplyRow[];
  const sources = db.prepare(
    'SELECT DISTINCT b.source FROM survey_apply_batch x JOIN change_batch b ON b.id = x.batch_id WHERE x.apply_id = ? ORDER BY b.id',
  );
  return rows.map((r) => ({
    id: r.id, at: r.at, who: r.who, fields: r.fields, initiatives: r.initiatives,
    sources: (sources.all(r.id) as { source: string }[]).map((s) => s.source), undoneAt: r.undone_at, undoneBy: r.undone_by,
  }));
}

export function saveMailTemplate(db: Database, roundId: number, t: { subject: string; body: string }): void {
  db.prepare('UPDATE survey_round SET mail_subject = ?, mail_body = ? WHERE id = ?').run(t.subject, t.body, roundId);
}
