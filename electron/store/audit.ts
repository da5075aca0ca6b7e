// The audit trail: one batch per saved change (who, when, from where), one entry per field.
import type { Database } from 'better-sqlite3';
import { sameValue } from '../../shared/editing/same-value.ts';

export interface AuditEntry {
  entity: 'plan' | 'initiative' | 'policy' | 'department' | 'revision' | string;
  entityId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface AuditSource {
  who: string;
  /** 画面 / CLI / the imported file's name. */
  source: string;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Records a batch (inside the caller's transaction) and returns its id; empty batches are not recorded. */
export function recordBatch(db: Database, planId: number | null, src: AuditSource, summary: string, entries: AuditEntry[], extra: { undoOf?: number } = {}): number | null {
  if (entries.length === 0) return null;
  const batchId = Number(
    db.prepare('INSERT INTO change_batch (plan_id, at, who, source, summary, undo_of) VALUES (?, ?, ?, ?, ?, ?)')
      .run(planId, new Date().toISOString(), src.who, src.source, summary, extra.undoOf ?? null).lastInsertRowid,
  );
  const ins = db.prepare('INSERT INTO change_entry (batch_id, entity, entity_id, field, old_json, new_json) VALUES (?, ?, ?, ?, ?, ?)');
  for (const e of entries) ins.run(batchId, e.entity, e.entityId, e.field, json(e.oldValue), json(e.newValue));
  return batchId;
}

/** Field-level differences between two records of the same entity, as audit entries (the audit trail's one equality rule: sameValue). */
export function diffFields<T extends object>(entity: string, entityId: string, before: T | null, after: T | null, fields: readonly (keyof T & string)[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const f of fields) {
    const o = before ? before[f] : undefined;
    const n = after ? after[f] : undefined;
    if (!sameValue(o, n)) out.push({ entity, entityId, field: f, oldValue: o ?? null, newValue: n ?? null });
  }
  return out;
}
