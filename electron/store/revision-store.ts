// Frozen revisions (改定版): snapshots of the whole plan document, stored as canonical JSON with
// its SHA-256 and never rewritten, so a revision reads, dumps and prints exactly as it was frozen.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { PlanDocument } from '../../shared/domain/document.ts';
import { applyFreeze, initialRevisionOf, type FreezeInput } from '../../shared/revisions/freeze.ts';
import type { RevisionInfo } from '../../shared/revisions/types.ts';
import { recordBatch, diffFields, type AuditSource } from './audit.ts';
import { assertWritable } from './edit-guard.ts';
import { currentPlanId, readPlanDocument, readPlanHeader } from './plan-read.ts';
import { updatePlanHeader } from './plan-write.ts';

interface RevisionRow {
  id: number;
  plan_id: number;
  label: string;
  kind: '初版' | '改定';
  date: string;
  summary_json: string;
  document_json: string;
  sha256: string;
  frozen_at: string;
  frozen_by: string;
  frozen_via: string;
}

type RevisionListRow = Omit<RevisionRow, 'document_json'> & {
  doc_ok: 0 | 1; title: unknown; first_fy: number | null; last_fy: number | null; plan_first_fy: number; plan_last_fy: number; is_current: 0 | 1;
};

/** One canonical form: the schema's key order (zod rebuilds objects in shape order), no whitespace. */
export function canonicalDocumentJson(doc: PlanDocument): string {
  return JSON.stringify(PlanDocument.parse(doc));
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function summaryOf(json: string): string[] | null {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) && v.every((l) => typeof l === 'string') ? v : null;
  } catch {
    return null;
  }
}

/** A revision whose stored JSON does not parse is listed, marked damaged: the others stay usable. */
function toInfo(r: RevisionListRow): RevisionInfo {
  const summary = summaryOf(r.summary_json);
  const damaged = summary === null || r.doc_ok !== 1 || typeof r.title !== 'string';
  return {
    label: r.label, kind: r.kind, date: r.date, summary: summary ?? [], planId: r.plan_id,
    title: typeof r.title === 'string' ? r.title : '(保存内容が壊れています)',
    firstFiscalYear: r.first_fy ?? r.plan_first_fy, lastFiscalYear: r.last_fy ?? r.plan_last_fy, isCurrentPlan: r.is_current === 1,
    frozenAt: r.frozen_at, frozenBy: r.frozen_by,
    ...(damaged ? { damaged: true as const } : {}),
  };
}

// json_valid first: json_extract on one malformed snapshot would fail the whole list.
const LIST_SQL = `
  SELECT r.id, r.plan_id, r.label, r.kind, r.date, r.summary_json, r.sha256, r.frozen_at, r.frozen_by, r.frozen_via,
    json_valid(r.document_json) AS doc_ok,
    CASE WHEN json_valid(r.document_json) THEN json_extract(r.document_json, '$.plan.title') END AS title,
    CASE WHEN json_valid(r.document_json) THEN json_extract(r.document_json, '$.plan.firstFiscalYear') END AS first_fy,
    CASE WHEN json_valid(r.document_json) THEN json_extract(r.document_json, '$.plan.lastFiscalYear') END AS last_fy,
    p.first_fy AS plan_first_fy, p.last_fy AS plan_last_fy, p.is_current
  FROM revision r JOIN plan p ON p.id = r.plan_id`;

/** Every revision in the DB, newest plan period first, then newest revision first. */
export function listRevisions(db: Database): RevisionInfo[] {
  const rows = db.prepare(`${LIST_SQL} ORDER BY first_fy DESC, r.date DESC, r.id DESC`).all() as RevisionListRow[];
  return rows.map(toInfo);
}

export function findRevision(db: Database, label: string): RevisionInfo {
  const row = db.prepare(`${LIST_SQL} WHERE r.label = ?`).get(label.trim()) as RevisionListRow | undefined;
  if (!row) {
    const known = listRevisions(db).map((r) => `「${r.label}」`).join('、');
    throw new AppError('NOT_FOUND', `改定版「${label}」はありません。${known ? `あるのは ${known} です。` : 'まだ改定版がありません。'}`);
  }
  return toInfo(row);
}

/** The frozen document, checked against its SHA-256 (a damaged snapshot is reported, never shown). */
export function readRevisionDocument(db: Database, label: string): PlanDocument {
  findRevision(db, label);
  const row = db.prepare('SELECT document_json, sha256 FROM revision WHERE label = ?').get(label.trim()) as Pick<RevisionRow, 'document_json' | 'sha256'>;
  if (sha256(row.document_json) !== row.sha256) {
    throw new AppError('DB_INVALID', `改定版「${label}」の保存内容が確定時と一致しません(破損のおそれ)。ほかの改定版と現在の計画は使えます。この改定版が必要なら、壊れる前のバックアップから復元してください。`);
  }
  return JSON.parse(row.document_json) as PlanDocument;
}

function lastRevisionDate(db: Database, planId: number): string | null {
  return (db.prepare('SELECT max(date) AS d FROM revision WHERE plan_id = ?').get(planId) as { d: string | null }).d;
}

interface InsertArgs { planId: number; label: string; kind: '初版' | '改定'; date: string; summary: string[]; by: string; via: string; now: string }

/** Snapshots the plan as it is now in the DB (inside the caller's transaction). */
function insertSnapshot(db: Database, a: InsertArgs): { sha256: string } {
  const json = canonicalDocumentJson(readPlanDocument(db, a.planId));
  const hash = sha256(json);
  db.prepare(
    `INSERT INTO revision (plan_id, label, kind, date, summary_json, document_json, sha256, frozen_at, frozen_by, frozen_via)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.planId, a.label, a.kind, a.date, JSON.stringify(a.summary), json, hash, a.now, a.by, a.via);
  return { sha256: hash };
}

/**
 * A plan that arrives whole (the published seed) is itself a frozen revision: its edition is the
 * label, dated revisedOn (or establishedOn), with the summary of its last 改定履歴 row.
 */
export function freezeInitialRevision(db: Database, planId: number, now: string): void {
  const header = readPlanHeader(db, planId);
  const { label, date, kind } = initialRevisionOf(header);
  if (db.prepare('SELECT 1 FROM revision WHERE label = ?').get(label)) {
    throw new AppError('CONFLICT', `改定版「${label}」は既にあります。計画の版(edition)を別の名前にしてください。`);
  }
  const summary = header.revisionHistory.at(-1)?.summary ?? [];
  insertSnapshot(db, { planId, label, kind, date, summary, by: 'システム', via: '初期データ', now });
}

/**
 * 「改定版を確定」: adds the 改定履歴 row, sets revisedOn and edition on the working copy, then
 * snapshots it — one transaction, one audit batch. Refused inputs change nothing.
 */
export function freezeWorkingCopy(db: Database, input: FreezeInput, src: AuditSource): RevisionInfo {
  return db.transaction(() => {
    const planId = currentPlanId(db);
    assertWritable(db, planId);
    const before = readPlanHeader(db, planId);
    const usedLabels = (db.prepare('SELECT label FROM revision').all() as { label: string }[]).map((r) => r.label);
    const { header, row } = applyFreeze(before, input, { usedLabels, lastRevisionDate: lastRevisionDate(db, planId) });
    updatePlanHeader(db, planId, header);
    const { sha256: hash } = insertSnapshot(db, {
      planId, label: input.label, kind: row.kind, date: row.date, summary: row.summary, by: src.who, via: src.source, now: new Date().toISOString(),
    });
    recordBatch(db, planId, src, `改定版「${input.label}」を確定`, [
      ...diffFields('plan', String(planId), before, header, ['edition', 'establishedOn', 'revisedOn', 'revisionHistory']),
      { entity: 'revision', entityId: input.label, field: 'frozen', oldValue: null, newValue: { label: input.label, kind: row.kind, date: row.date, sha256: hash } },
    ]);
    return findRevision(db, input.label);
  }).immediate();
}
