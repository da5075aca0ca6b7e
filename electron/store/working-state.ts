// Whether a plan's working copy is still exactly its last frozen revision: what decides if a
// printed plan is an edition or a working copy that must say 作業中(未確定).
import type { Database } from 'better-sqlite3';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { WorkingCopyStatus } from '../../shared/revisions/types.ts';
import { readPlanDocument } from './plan-read.ts';
import { canonicalDocumentJson, readRevisionDocument } from './revision-store.ts';

interface LastRow { label: string; date: string; document_json: string }

function lastRevisionRow(db: Database, planId: number): LastRow | undefined {
  return db.prepare('SELECT label, date, document_json FROM revision WHERE plan_id = ? ORDER BY date DESC, id DESC LIMIT 1').get(planId) as LastRow | undefined;
}

/** The plan's newest revision (label and date) and whether the working copy differs from it. */
export function workingCopyStatus(db: Database, planId: number, doc: PlanDocument = readPlanDocument(db, planId)): WorkingCopyStatus {
  const last = lastRevisionRow(db, planId);
  if (!last) return { lastRevision: null, differs: true };
  return { lastRevision: { label: last.label, date: last.date }, differs: canonicalDocumentJson(doc) !== last.document_json };
}

/** The newest frozen revision's document (checked against its hash), or null before the first freeze. */
export function lastRevisionDocument(db: Database, planId: number): PlanDocument | null {
  const last = lastRevisionRow(db, planId);
  return last ? readRevisionDocument(db, last.label) : null;
}
